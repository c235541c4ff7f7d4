// doc: os.md § "os.constants"
// os.constants holds errno and signal numbers and the priority levels.
var os = require('os');
var c = os.constants;
console.log(c.signals.SIGINT, c.signals.SIGTERM, c.signals.SIGKILL, c.errno.ENOENT, c.errno.EACCES);
console.log(c.priority.PRIORITY_LOW, c.priority.PRIORITY_HIGHEST, Object.keys(c.signals).length);
// expect: 2 15 9 2 13
// expect: 19 -20 33
