// doc: process.md § "`process.argv0`"
// process.argv0 keeps the original argv[0] as typed, a string naming the runtime binary.
var path = require('path');
console.log(typeof process.argv0, path.basename(process.argv0) === path.basename(process.execPath));
// expect: string true
