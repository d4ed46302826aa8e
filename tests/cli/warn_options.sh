# cli: -W options and the warnings environment variable (MPSWARNINGS for mps,
# PYTHONWARNINGS for CPython): sys.warnoptions, filters, bad options ignored
W='import sys, warnings
print(sys.warnoptions)
print(warnings.filters[:2])
warnings.warn("careful")
print("after")'
$MPS -W error -c "$W" 2>&1 | tail -n 2
$MPS -W ignore::UserWarning -c "$W" 2>&1
$MPS -W i -W e -c "$W" 2>&1 | tail -n 1
$MPS -W 'ignore:care' -c "$W" 2>&1
$MPS -W 'error:other message' -c "$W" 2>&1 | tail -n 2
$MPS -W 'error::DeprecationWarning' -c 'import warnings; warnings.warn("old", DeprecationWarning)' 2>&1 | tail -n 1
$MPS -W 'error:::__main__' -c 'import warnings; warnings.warn("here")' 2>&1 | tail -n 1
$MPS -W 'error:::othermod' -c 'import warnings; warnings.warn("here")' 2>&1 | tail -n 1
$MPS -W 'error::UserWarning:__main__:4' -c "$W" 2>&1 | tail -n 1
for bad in foo 'a:b:c:d:e:f' '::Foo' '::sys.Foo' '::nomod.X' '::int' 'ignore::Warning::x' 'ignore::Warning::-1'; do
    $MPS -W "$bad" -c 'print("ran")' 2>&1
done
MPSWARNINGS='error, ignore::UserWarning' PYTHONWARNINGS='error, ignore::UserWarning' $MPS -W always -c "$W" 2>&1
MPSWARNINGS='once' PYTHONWARNINGS='once' $MPS -c 'import warnings
for i in range(3): warnings.warn("x")
print("done")' 2>&1
