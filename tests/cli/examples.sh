# Every program in examples/ runs to the end with exit status 0
# (gil_demo in its quick mode); output is checked by its line count only.
cd ../../examples
for f in *.mps seeds/*.mps; do
    case $f in gil_demo.mps) args=quick ;; *) args= ;; esac
    out=$(timeout 60 $MPS "$f" $args </dev/null 2>&1)
    echo "$f: exit $? lines $(printf '%s\n' "$out" | wc -l | awk '{print ($1 > 0) ? "some" : "none"}')"
done
