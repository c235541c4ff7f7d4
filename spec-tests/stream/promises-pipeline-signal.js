// doc: stream.md § "stream.pipeline(source[, ...transforms], destination[, options])"
// Aborting the signal passed to pipeline() rejects it with an AbortError.
var stream = require('stream');
var pipeline = require('stream/promises').pipeline;
var ac = new AbortController();
var src = new stream.Readable({ read: function () {} });
pipeline(src, new stream.PassThrough(), { signal: ac.signal })
  .catch(function (e) { console.log('rejected', e.name, src.destroyed); });
setTimeout(function () { ac.abort(); }, 2);
// expect: rejected AbortError true
