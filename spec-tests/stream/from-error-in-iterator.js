// doc: stream.md § "stream.Readable.from(iterable[, options])"
// An exception from the iterator destroys the stream with it.
var stream = require('stream');

var it = { next: function () { throw new Error('iter broke'); } };
it[Symbol.iterator] = function () { return this; };
var r = stream.Readable.from(it);
r.on('error', function (e) { console.log('error', e.message); });
r.on('close', function () { console.log('close'); });
r.resume();
// expect: error iter broke
// expect: close
