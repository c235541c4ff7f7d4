// doc: stream.md § "stream.pipeline(source[, ...transforms], destination[, options])"
// stream/promises pipeline() resolves after the destination finished.
var stream = require('stream');
var pipeline = require('stream/promises').pipeline;
var out = '';
pipeline(stream.Readable.from(['x', 'y']), new stream.Writable({ write: function (c, e, cb) { out += c; cb(); } }))
  .then(function (v) { console.log('resolved', v, out); });
// expect: resolved undefined xy
