// internal/streams/writable_end: end(), _final(), 'finish', and destroy() for Writable.
//
// What: how a Writable finishes. end() marks it ending; once nothing is queued
//   or in flight, _final(cb) runs (if the implementation has one), then
//   'prefinish', then on a later tick 'finish', then (autoDestroy) destroy(),
//   which emits 'close'. end(cb) callbacks run just before 'finish'.
// Interface: install(Writable, core) adds end, destroy, _destroy, _undestroy
//   to Writable.prototype and returns finishMaybe(stream, state, sync) for
//   writable.js. core = { _write }. errorBuffer(state) fails everything
//   queued (destroy() and a write error).
// Invariants:
//   * 'finish' is emitted at most once, and never after an error.
//   * end() after end() is harmless unless the stream already finished
//     (ERR_STREAM_ALREADY_FINISHED to the callback).
//   * 'finish' comes before 'close' (stream.md § "Event: 'finish'").
// Read first: writable.js. Node doc: api/stream.md § "writable.end([chunk[, encoding]][, callback])".
'use strict';

// Fixed-arity emits: no arguments object per event (internal/events/fast_emit).
var fastEmit = require('internal/events/fast_emit');
var emit0 = fastEmit.emit0;

var errors = require('internal/errors');
var destroyImpl = require('internal/streams/destroy');
var wstate = require('internal/streams/writable_state');
var kOnFinished = wstate.kOnFinished;
var codes = errors.codes;
var errorOrDestroy = destroyImpl.errorOrDestroy;
var core = null;

function end(chunk, encoding, cb) {
  var state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk; chunk = null; encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding; encoding = null;
  }
  var err;
  if (chunk !== null && chunk !== undefined) {
    var ret = core._write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) { // end() uncorks completely
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // the write was refused; its error is already on its way
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new codes.ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new codes.ERR_STREAM_DESTROYED('end');
  }
  if (typeof cb === 'function') {
    if (err || state.finished) process.nextTick(cb, err);
    else wstate.ownArray(state, kOnFinished).push(cb);
  }
  return this;
}

// ending and constructed; not destroyed, errored, finished, writing,
// errorEmitted, closeEmitted (the flags as bits: writable_state.js); nothing
// left to write. (Tested after every asynchronous write.)
function needFinish(state) {
  return (state.bits & 0x18a168) === 0x2008 && state.length === 0 && state.buffered.length === 0;
}

function callFinal(stream, state) {
  var called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      var cbs = wstate.takeOnFinished(state);
      for (var i = 0; i < cbs.length; i++) cbs[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      emit0(stream, 'prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      emit0(stream, 'prefinish');
    }
  }
}

// @anchor finish-maybe
function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick(function () {
      if (needFinish(state)) finish(stream, state);
      else state.pendingcb--;
    });
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  var cbs = wstate.takeOnFinished(state);
  for (var i = 0; i < cbs.length; i++) cbs[i](null);
  emit0(stream, 'finish');
  if (state.autoDestroy) {
    // A Duplex is destroyed only once its readable side has ended too.
    var r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

// Fail everything queued: the stream was destroyed or errored.
function errorBuffer(state) {
  if (state.writing) return;
  for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
    var b = state.buffered[n];
    state.length -= state.objectMode ? 1 : b.chunk.length;
    b.callback(state.errored || new codes.ERR_STREAM_DESTROYED('write'));
  }
  var cbs = wstate.takeOnFinished(state);
  for (var i = 0; i < cbs.length; i++) cbs[i](state.errored || new codes.ERR_STREAM_DESTROYED('end'));
  wstate.resetBuffer(state);
}

function destroy(err, cb) {
  var state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
}

function install(Writable, coreFns) {
  core = coreFns;
  var p = Writable.prototype;
  p.end = end;
  p.destroy = destroy;
  p._undestroy = destroyImpl.undestroy;
  p._destroy = function (err, cb) { cb(err); };
  Writable.fromWeb = function () { throw errors.notImplemented('stream.Writable.fromWeb'); };
  Writable.toWeb = function () { throw errors.notImplemented('stream.Writable.toWeb'); };
  return finishMaybe;
}

module.exports = { install: install, errorBuffer: errorBuffer };
