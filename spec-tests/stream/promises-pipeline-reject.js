// doc: stream.md § "stream.pipeline(source[, ...transforms], destination[, options])"
// stream/promises pipeline() rejects with the first error.
var stream = require('stream');
var pipeline = require('stream/promises').pipeline;
var bad = new stream.Transform({ transform: function (c, e, cb) { cb(new Error('transform failed')); } });
pipeline(stream.Readable.from(['x']), bad, new stream.PassThrough())
  .catch(function (e) { console.log('rejected', e.message); });
// expect: rejected transform failed
