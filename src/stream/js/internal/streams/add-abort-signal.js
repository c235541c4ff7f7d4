// internal/streams/add-abort-signal: stream.addAbortSignal(signal, stream).
//
// What: destroy a stream with an AbortError when an AbortSignal fires (also
//   what the `signal` constructor option does).
// Interface: addAbortSignal(signal, stream) -> stream.
// Invariants: an already-aborted signal destroys the stream at once; the
//   abort listener is removed when the stream finishes.
// Read first: end-of-stream.js. Node doc: api/stream.md § "stream.addAbortSignal(signal, stream)".
'use strict';

var errors = require('internal/errors');
var validators = require('internal/validators');
var utils = require('internal/streams/utils');

function addAbortSignal(signal, stream) {
  validators.validateAbortSignal(signal, 'signal');
  if (!utils.isNodeStream(stream)) {
    throw new errors.codes.ERR_INVALID_ARG_TYPE('stream',
      ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  function onAbort() {
    stream.destroy(new errors.AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    onAbort();
  } else {
    var disposable = require('events').addAbortListener(signal, onAbort);
    require('internal/streams/end-of-stream')(stream, function () { disposable.dispose(); });
  }
  return stream;
}

module.exports = { addAbortSignal: addAbortSignal };
