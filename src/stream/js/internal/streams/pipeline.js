// internal/streams/pipeline: stream.pipeline(source, ...transforms, destination, callback).
//
// What: pipe() with the error handling pipe() lacks. Every stage is watched
//   with finished(); the first error (or a premature close) destroys every
//   stream in the chain, and the callback runs once, after all are done.
// Interface: pipeline(...streams, cb) / pipeline(streams[], cb) -> last stream;
//   pipelineImpl(streams, callback, { signal, end }) (used by stream/promises).
//   A stage may be: a Node stream; for the first stage, an iterable or async
//   iterable (read through Readable.from()) or a function returning one; for a
//   later stage, a function(source, { signal }) returning an iterable (fed to
//   the next stage) or, as the last stage, a promise (its value is the
//   pipeline's result).
// Invariants:
//   * The callback is called exactly once, on a later tick, with the first
//     real error (a premature close is overridden by a more specific one).
//   * On error no stream is left open: each is destroyed (ERR_STREAM_DESTROYED).
// Read first: end-of-stream.js, readable_flow.js (pipe). Node doc:
//   api/stream.md § "stream.pipeline(source[, ...transforms], destination, callback)".
'use strict';

var errors = require('internal/errors');
var validators = require('internal/validators');
var u = require('internal/streams/utils');
var eos = require('internal/streams/end-of-stream');
var destroyImpl = require('internal/streams/destroy');
var codes = errors.codes;

function popCallback(streams) {
  var cb = streams[streams.length - 1];
  validators.validateFunction(cb, 'streams[stream.length - 1]');
  return streams.pop();
}

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  var callback = popCallback(streams);
  if (Array.isArray(streams[0]) && streams.length === 1) streams = streams[0];
  return pipelineImpl(streams, callback);
}

// Destroy a stage when the pipeline fails, unless it already finished cleanly.
function destroyer(stream, reading, writing) {
  var finished = false;
  stream.on('close', function () { finished = true; });
  var cleanup = eos(stream, { readable: reading, writable: writing }, function (err) {
    finished = !err;
  });
  return {
    destroy: function (err) {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || new codes.ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup: cleanup
  };
}

// @anchor pipeline-impl
function pipelineImpl(streams, callback, opts) {
  if (streams.length < 2) throw new codes.ERR_MISSING_ARGS('streams');
  opts = opts || {};
  var outerSignal = opts.signal;
  var controller = new AbortController();
  var signal = controller.signal;
  var error, value;
  var destroys = [];
  var finishCount = 0;
  var lastStreamCleanup = [];
  function abort() { finishImpl(new errors.AbortError(undefined, { cause: outerSignal.reason })); }
  if (outerSignal) {
    validators.validateAbortSignal(outerSignal, 'options.signal');
    if (outerSignal.aborted) process.nextTick(abort);
    else outerSignal.addEventListener('abort', abort);
  }
  function finish(err) { finishImpl(err, --finishCount === 0); }
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (outerSignal) outerSignal.removeEventListener('abort', abort);
    controller.abort();
    if (final) {
      if (!error) for (var i = 0; i < lastStreamCleanup.length; i++) lastStreamCleanup[i]();
      process.nextTick(callback, error, value);
    }
  }
  var ret;
  for (var i = 0; i < streams.length; i++) {
    try {
      ret = addStage(streams[i], i, ret);
    } catch (err) {
      finishImpl(err);
      break;
    }
  }
  function addStage(stream, i, prev) {
    var reading = i < streams.length - 1;
    var writing = i > 0;
    var isLastStream = i === streams.length - 1;
    var end = reading || opts.end !== false;
    if (u.isNodeStream(stream)) {
      if (end) {
        var d = destroyer(stream, reading, writing);
        destroys.push(d.destroy);
        if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(d.cleanup);
      }
      var onError = function (err) {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (u.isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(function () { stream.removeListener('error', onError); });
      }
    }
    if (i === 0) return firstStage(stream);
    if (typeof stream === 'function') return functionStage(stream, prev, isLastStream);
    if (u.isNodeStream(stream)) {
      if (u.isReadableNodeStream(prev)) {
        finishCount += 2;
        var cleanup = pipe(prev, stream, finish, end);
        if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (u.isIterable(prev)) {
        finishCount++;
        pumpToNode(prev, stream, finish, end);
      } else {
        throw new codes.ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], prev);
      }
      return stream;
    }
    throw new codes.ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable', 'Function'], stream);
  }
  function firstStage(stream) {
    if (typeof stream === 'function') {
      var r = stream({ signal: signal });
      if (!u.isIterable(r)) throw new codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', r);
      return r;
    }
    if (u.isIterable(stream) || u.isReadableNodeStream(stream)) return stream;
    throw new codes.ERR_INVALID_ARG_TYPE('source', ['Stream', 'Iterable', 'AsyncIterable', 'Function'], stream);
  }
  function functionStage(fn, prev, isLastStream) {
    var src = u.isReadableNodeStream(prev) ? prev : require('internal/streams/readable').from(prev);
    var r = fn(src, { signal: signal });
    if (u.isIterable(r)) return r;
    if (isLastStream && r && typeof r.then === 'function') {
      finishCount++;
      r.then(function (val) { value = val; finish(); }, function (err) { finish(err); });
      return r;
    }
    throw new codes.ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', r);
  }
  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) process.nextTick(abort);
  return ret;
}

// @anchor pipeline-pipe
function pipe(src, dst, finish, end) {
  var ended = false;
  dst.on('close', function () {
    if (!ended) finish(new codes.ERR_STREAM_PREMATURE_CLOSE());
  });
  src.pipe(dst, { end: false }); // we end dst ourselves, only after a clean 'end'
  if (end) {
    var endFn = function () { ended = true; dst.end(); };
    if (u.isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
    eos(src, { readable: true, writable: false }, function (err) {
      var r = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
        src.once('end', finish).once('error', finish);
      } else {
        finish(err);
      }
    });
  } else {
    finish();
  }
  return eos(dst, { readable: false, writable: true }, finish);
}

// Write an (async) iterable into a Writable, honouring its backpressure.
function pumpToNode(iterable, writable, finish, end) {
  var it = typeof iterable[Symbol.asyncIterator] === 'function' ?
    iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  var done = false;
  var onError = function (err) { if (!done) { done = true; finish(err); } };
  eos(writable, { readable: false }, function (err) { if (err) onError(err); });
  function step() {
    Promise.resolve(it.next()).then(function (r) {
      if (r.done) {
        if (end) writable.end(function () { if (!done) { done = true; finish(); } });
        else if (!done) { done = true; finish(); }
        return;
      }
      return Promise.resolve(r.value).then(function (chunk) {
        if (writable.write(chunk)) step();
        else writable.once('drain', step);
      });
    }).then(null, function (err) {
      onError(err);
      destroyImpl.destroyer(writable, err);
    });
  }
  step();
}

module.exports = { pipeline: pipeline, pipelineImpl: pipelineImpl };
