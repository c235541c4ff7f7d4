// doc: process.md § "`process.chdir(directory)`"
// chdir with a non-string argument throws a TypeError with code ERR_INVALID_ARG_TYPE.
try {
  process.chdir(42);
} catch (e) {
  console.log(e.name, e.code);
}
// expect: TypeError ERR_INVALID_ARG_TYPE
