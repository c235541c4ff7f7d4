// internal/streams/utils: what kind of stream is this, and where is it in its life?
//
// What: duck-typed predicates over Node streams (anything with _readableState /
//   _writableState, or a legacy EventEmitter with pipe()/write()). finished(),
//   pipeline() and addAbortSignal() ask these instead of `instanceof`, so that
//   streams from other copies of the library (or hand-rolled ones) still work.
// Interface: isNodeStream, isReadableNodeStream(obj, strict), isWritableNodeStream,
//   isDuplexNodeStream, isIterable(obj, isAsync), isDestroyed, isReadableEnded,
//   isReadableFinished(stream, strict), isWritableEnded, isWritableFinished(stream, strict),
//   isReadable, isWritable, isFinished, isClosed, isRequest, willEmitClose, isErrored,
//   isReadableErrored, isWritableErrored, isDisturbed, aggregateTwoErrors, once, nop,
//   passThroughTransform (PassThrough's _transform, which transform.js recognises).
// Invariants: every predicate returns null (not false) when the question does
//   not apply (e.g. isWritableEnded on a Readable); callers rely on that.
// Read first: readable.js and writable.js (the state objects being inspected).
// Node doc: api/stream.md § "stream.finished(stream[, options], callback)".
'use strict';

function nop() {}

// PassThrough.prototype._transform, here so that Transform's _write can tell
// an unmodified PassThrough (whose output is its input) from a real transform.
var passThroughTransform = function (chunk, encoding, cb) { cb(null, chunk); };

// A callback that runs at most once.
function once(fn) {
  var called = false;
  return function () {
    if (called) return undefined;
    called = true;
    return fn.apply(this, arguments);
  };
}

// Node returns an AggregateError when two different errors meet; minode has
// no AggregateError and keeps the first (inner) one.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) { outer.errors.push(inner); return outer; }
    return inner;
  }
  return inner || outer;
}

function isReadableNodeStream(obj, strict) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' ||
    typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  var state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || (state && state.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  var w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  var r = stream._readableState;
  if (!r || r.errored) return false;
  if (typeof r.ended !== 'boolean') return null;
  return r.ended;
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  var r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  var w = stream._writableState;
  return (w && w.errored != null) ? w.errored : null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  var r = stream._readableState;
  return (r && r.errored != null) ? r.errored : null;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  var w = stream._writableState, r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
    return !!((w && w.closed) || (r && r.closed));
  }
  return null;
}

// An http.ClientRequest (before it is a real stream in every respect).
function isRequest(stream) {
  return !!(stream && stream.setHeader && typeof stream.abort === 'function');
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  var state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function firstDefined(values) {
  for (var i = 0; i < values.length; i++) if (values[i] != null) return values[i];
  return undefined;
}

function isErrored(stream) {
  if (!stream) return false;
  var r = stream._readableState, w = stream._writableState;
  return !!firstDefined([stream.readableErrored, stream.writableErrored,
    r && r.errorEmitted, w && w.errorEmitted, r && r.errored, w && w.errored]);
}

function isDisturbed(stream) {
  var r = stream && stream._readableState;
  return !!(stream && (stream.readableDidRead || stream.readableAborted ||
    (r && (r.dataEmitted || r.endEmitted || r.errored))));
}

module.exports = {
  nop: nop, passThroughTransform: passThroughTransform, once: once, aggregateTwoErrors: aggregateTwoErrors,
  isNodeStream: isNodeStream, isReadableNodeStream: isReadableNodeStream,
  isWritableNodeStream: isWritableNodeStream, isDuplexNodeStream: isDuplexNodeStream,
  isIterable: isIterable, isDestroyed: isDestroyed,
  isReadableEnded: isReadableEnded, isReadableFinished: isReadableFinished,
  isWritableEnded: isWritableEnded, isWritableFinished: isWritableFinished,
  isReadable: isReadable, isWritable: isWritable, isFinished: isFinished, isClosed: isClosed,
  isRequest: isRequest, willEmitClose: willEmitClose, isErrored: isErrored,
  isReadableErrored: isReadableErrored, isWritableErrored: isWritableErrored,
  isDisturbed: isDisturbed
};
