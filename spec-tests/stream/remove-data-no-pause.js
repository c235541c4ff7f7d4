// doc: stream.md § "Two reading modes"
// Removing the 'data' listeners does not pause the stream.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
function ondata() {}
r.on('data', ondata);
r.removeListener('data', ondata);
console.log(r.readableFlowing);
setTimeout(function () { console.log(r.readableFlowing, r.isPaused()); }, 5);
// expect: true
// expect: true false
