// doc: stream.md § "readable.isPaused()"
// isPaused() is false for a new stream, true after pause(), false after resume().
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
console.log(r.isPaused());
r.pause(); console.log(r.isPaused());
r.resume(); console.log(r.isPaused());
// expect: false
// expect: true
// expect: false
