// doc: os.md § "os.EOL"
// EOL is '\n' on POSIX; platform() and arch() match process.platform and process.arch.
var os = require('os');
console.log(JSON.stringify(os.EOL), os.platform() === process.platform, os.arch() === process.arch, os.devNull);
console.log(os.type(), typeof os.release(), typeof os.version(), os.machine().length > 0);
// expect: "\n" true true /dev/null
// expect: Linux string string true
