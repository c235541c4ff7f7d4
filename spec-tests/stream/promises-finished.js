// doc: stream.md § "stream.finished(stream[, options])"
// stream/promises finished() resolves when the stream is done.
var stream = require('stream');
var finished = require('stream/promises').finished;
var r = stream.Readable.from(['a', 'b']);
r.resume();
finished(r).then(function () { console.log('resolved', r.readableEnded); });
// expect: resolved true
