#!/usr/bin/env bash
# Cycles per soft-float and long operation, rtgo's Java against gcc -O2 with libgcc, on the same
# emulator: each program runs 256 iterations of one operation per phase and prints a line before
# each phase; the report's cycle stamps of those lines, minus the copy-only loop of the same type,
# divided by 256, give the figures. Needs `ci/bench` to have built its common C objects once
# (/tmp/rtgo-bench/common).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
OUT=${TMPDIR:-/tmp}/rtgo-opcost
C=${TMPDIR:-/tmp}/rtgo-bench/common
mkdir -p "$OUT"
JAVA_HOME=$("$ROOT/ci/java-home"); export JAVA_HOME
F=(-O2 -mcpu=cortex-m0plus -mthumb -ffreestanding -nostdlib -std=c99)
arm-none-eabi-gcc "${F[@]}" -I"$ROOT/bench/c" -c "$ROOT/bench/tools/opcost/opcost.c" -o "$OUT/opcost.o"
arm-none-eabi-gcc "${F[@]}" -T "$C/rtgo.ld" "$C/crt0.o" "$C/boot2.o" "$OUT/opcost.o" "$C/support.o" -lm -lc_nano -lgcc -o "$OUT/c.elf"
"$JAVA_HOME/bin/javac" -d "$OUT/classes" "$ROOT/bench/tools/opcost/OpCost.java"
"$ROOT/rtgo" build "$OUT/classes" --main=OpCost -o "$OUT/j.uf2" >/dev/null
for side in c j; do
    node "$ROOT/ci/emu/run.mjs" "$OUT/$side.elf" --max-cycles 200000000 --report "$OUT/$side.report" >/dev/null
    grep uart-line "$OUT/$side.report" | head -13 | awk -v side="$side" 'BEGIN { n = 0 } { c[n++] = $2 }
        END { split("base fadd fmul fdiv dbase dadd dmul ddiv sqrt lbase lmul ldiv", a, " ")
              printf "%s:", side == "c" ? "C (libgcc)" : "Java (rtgo)"
              for (i = 0; i < 12; i++) d[i] = (c[i + 1] - c[i]) / 256
              for (i = 0; i < 12; i++) if (i != 0 && i != 4 && i != 9) printf " %s=%.0f", a[i + 1], d[i] - (i < 4 ? d[0] : i < 9 ? d[4] : d[9])
              print "" }'
done
