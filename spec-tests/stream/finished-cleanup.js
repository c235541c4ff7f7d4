// doc: stream.md § "stream.finished(stream[, options], callback)"
// finished() returns a cleanup function that removes its listeners.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var before = r.listenerCount('end');
var cleanup = stream.finished(r, function () { console.log('never'); });
console.log(typeof cleanup, r.listenerCount('end') > before);
cleanup();
console.log(r.listenerCount('end') === before);
r.push(null); r.resume();
// expect: function true
// expect: true
