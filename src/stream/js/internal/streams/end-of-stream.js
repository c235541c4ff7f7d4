// internal/streams/end-of-stream: stream.finished(stream[, options], callback).
//
// What: call back once a stream is done for good: ended ('end' for the
//   readable side), finished ('finish' for the writable side), errored, or
//   closed too early (ERR_STREAM_PREMATURE_CLOSE). pipeline(), the async
//   iterator and addAbortSignal are built on it.
// Interface: eos(stream[, { readable, writable, error, signal }], callback)
//   -> cleanup() (removes every listener it added).
// Invariants:
//   * callback runs exactly once, with `this` the stream.
//   * If the stream will emit 'close' (autoDestroy + emitClose), the verdict
//     waits for 'close', so the callback sees the stream fully torn down.
//   * A stream already finished or closed gets its callback on the next tick.
// Read first: utils.js (the predicates). Node doc: api/stream.md §
//   "stream.finished(stream[, options], callback)".
'use strict';

var errors = require('internal/errors');
var validators = require('internal/validators');
var u = require('internal/streams/utils');
var codes = errors.codes;

function parseArgs(args) {
  var options = args[1];
  var callback = args[2];
  if (args.length === 2) { callback = options; options = {}; }
  else if (options == null) options = {};
  else validators.validateObject(options, 'options');
  validators.validateFunction(callback, 'callback');
  validators.validateAbortSignal(options.signal, 'options.signal');
  return { options: options, callback: callback };
}

// @anchor eos
function eos(stream) {
  var a = parseArgs(arguments);
  var options = a.options;
  var callback = u.once(a.callback);
  if (!u.isNodeStream(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  var readable = options.readable != null ? options.readable : u.isReadableNodeStream(stream);
  var writable = options.writable != null ? options.writable : u.isWritableNodeStream(stream);
  var wState = stream._writableState;
  var rState = stream._readableState;
  var willEmitClose = u.willEmitClose(stream) &&
    u.isReadableNodeStream(stream) === readable && u.isWritableNodeStream(stream) === writable;
  var writableFinished = u.isWritableFinished(stream, false);
  var readableFinished = u.isReadableFinished(stream, false);
  var closed = u.isClosed(stream);

  function onlegacyfinish() { if (!stream.writable) onfinish(); }
  function onfinish() {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  }
  function onend() {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  }
  function onerror(err) { callback.call(stream, err); }
  function onclose() {
    closed = true;
    var errored = u.isWritableErrored(stream) || u.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && u.isReadableNodeStream(stream, true) &&
      !u.isReadableFinished(stream, false)) {
      return callback.call(stream, new codes.ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished && !u.isWritableFinished(stream, false)) {
      return callback.call(stream, new codes.ERR_STREAM_PREMATURE_CLOSE());
    }
    callback.call(stream);
  }
  function onclosed() {
    closed = true;
    var errored = u.isWritableErrored(stream) || u.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  }
  function onrequest() { stream.req.on('finish', onfinish); }

  if (u.isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest(); else stream.on('request', onrequest);
  } else if (writable && !wState) { // legacy streams
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || u.isReadable(stream)) &&
    (writableFinished || u.isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || u.isWritable(stream)) &&
    (readableFinished || u.isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  function cleanup() {
    callback = u.nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  }

  if (options.signal && !closed) {
    var signal = options.signal;
    var abort = function () {
      var endCallback = callback;
      cleanup();
      endCallback.call(stream, new errors.AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      var disposable = require('events').addAbortListener(signal, abort);
      var originalCallback = callback;
      callback = u.once(function () {
        disposable.dispose();
        originalCallback.apply(stream, arguments);
      });
    }
  }
  return cleanup;
}

// stream/promises' finished().
function finished(stream, opts) {
  var autoCleanup = false;
  if (opts && opts.cleanup) {
    validators.validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise(function (resolve, reject) {
    var cleanup = eos(stream, opts, function (err) {
      if (autoCleanup) cleanup();
      if (err) reject(err); else resolve();
    });
  });
}

module.exports = eos;
module.exports.finished = finished;
