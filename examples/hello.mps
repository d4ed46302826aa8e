#!/usr/bin/env mps
# hello.mps — the smallest program.
import sys

print("Hello from mps!")
if len(sys.argv) > 1:
    print("arguments:", ", ".join(sys.argv[1:]))
