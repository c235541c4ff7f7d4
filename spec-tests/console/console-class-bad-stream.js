// doc: console.md § "`new Console(stdout[, stderr][, ignoreErrors])`"
// Constructing a Console without a writable stdout stream throws ERR_CONSOLE_WRITABLE_STREAM.
try {
  new console.Console({});
  console.log('constructed');
} catch (e) {
  console.log(e.name, e.code);
}
// expect: TypeError ERR_CONSOLE_WRITABLE_STREAM
