# Sourced by bench/*-callgrind.sh: the one way they count instructions.
#
#   callgrind_ir NAME CMD [ARGS...]   runs CMD under callgrind (its stdout and
#                                     valgrind's stderr kept in $out/NAME.*)
#                                     and prints the run's total instructions
# Needs $out, a scratch directory the caller creates and removes. A total is
# only ever used as a difference between two runs of different sizes, which
# cancels start-up and shutdown.
callgrind_ir() {
  local name=$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$out/$name.cg" "$@" \
    > "$out/$name.out" 2> "$out/$name.vg"
  awk '/^summary:/ { print $2 }' "$out/$name.cg"
}
