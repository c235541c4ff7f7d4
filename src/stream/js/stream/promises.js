// stream/promises: pipeline() and finished() returning Promises.
//
// What: `await pipeline(src, transform, dst)` resolves when the last stream
//   finished (with the last stage's value when it is an async function) and
//   rejects with the first error, after destroying every stream.
// Interface: pipeline(...streams[, { signal, end }]) -> Promise;
//   finished(stream[, options]) -> Promise.
// Invariants: a trailing plain object (not a stream, not iterable) is the
//   options; everything else is a stage.
// Read first: internal/streams/pipeline.js. Node doc: api/stream.md § "Streams Promises API".
'use strict';

var u = require('internal/streams/utils');
var pipelineImpl = require('internal/streams/pipeline').pipelineImpl;
var finished = require('internal/streams/end-of-stream').finished;

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  return new Promise(function (resolve, reject) {
    var opts;
    var last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !u.isNodeStream(last) && !u.isIterable(last)) {
      opts = streams.pop();
    }
    if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
    pipelineImpl(streams, function (err, value) {
      if (err) reject(err); else resolve(value);
    }, { signal: opts && opts.signal, end: opts && opts.end });
  });
}

module.exports = { pipeline: pipeline, finished: finished };
