// doc: process.md § "`process.stdin`"
// Merely accessing process.stdin does not start reading, so the process still exits.
var s = process.stdin;
setTimeout(function () { console.log('exiting', s.readableFlowing); }, 10);
// stdin: unread
// expect: exiting null
