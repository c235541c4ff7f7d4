// internal/streams/destroy: how a stream is torn down, and how it is built up.
//
// What: destroy([err]) for Readable, Writable and Duplex alike; errorOrDestroy,
//   the one way stream internals report an error; construct, which runs the
//   user's _construct(cb) before the first _read/_write.
// Interface: destroy(err, cb) (installed as Readable/Writable.prototype.destroy),
//   undestroy(), errorOrDestroy(stream, err, sync), construct(stream, cb),
//   destroyer(stream, err) (destroy anything stream-like), kConstruct, kDestroy.
//
// Invariants (the order the user sees, stream.md § "Event: 'error'"):
//   * destroy() marks both sides destroyed at once, calls _destroy(err, cb)
//     exactly once, and then, on a later tick, emits 'error' (if there was one
//     and none was emitted before) and then 'close' (if emitClose).
//   * 'error' is emitted at most once per stream; after it, only 'close'.
//   * destroy() before construction finished waits for it (kDestroy).
// Read first: readable.js, writable.js (the states' destroyed/errored/closed flags).
// Node doc: api/stream.md § "readable.destroy([error])", "writable._construct(callback)".
'use strict';

// Fixed-arity emits: no arguments object per event (internal/events/fast_emit).
var fastEmit = require('internal/events/fast_emit');
var emit0 = fastEmit.emit0;

var errors = require('internal/errors');
var utils = require('internal/streams/utils');
var codes = errors.codes;

var kConstruct = Symbol('kConstruct');
var kDestroy = Symbol('kDestroy');

function checkError(err, w, r) {
  if (err) {
    err.stack; // eslint-disable-line no-unused-expressions -- capture the stack now
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

// @anchor destroy
function destroy(err, cb) {
  var r = this._readableState;
  var w = this._writableState;
  var s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kDestroy, function (er) { _destroy(this, utils.aggregateTwoErrors(er, err), cb); });
  } else {
    _destroy(this, err, cb);
  }
  return this;
}

function _destroy(self, err, cb) {
  var called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    var r = self._readableState;
    var w = self._writableState;
    checkError(err, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err);
    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  var r = self._readableState;
  var w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) emit0(self, 'close');
}

function emitErrorNT(self, err) {
  var r = self._readableState;
  var w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  var r = this._readableState;
  var w = this._writableState;
  if (r) {
    r.constructed = true; r.closed = false; r.closeEmitted = false; r.destroyed = false;
    r.errored = null; r.errorEmitted = false; r.reading = false;
    r.ended = r.readable === false; r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true; w.destroyed = false; w.closed = false; w.closeEmitted = false;
    w.errored = null; w.errorEmitted = false; w.finalCalled = false; w.prefinished = false;
    w.ended = w.writable === false; w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// @anchor error-or-destroy
// Streams with autoDestroy (the default) are destroyed by an error; the others
// only record it and emit 'error' (on the next tick when `sync`).
function errorOrDestroy(stream, err, sync) {
  var r = stream._readableState;
  var w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  var r = stream._readableState;
  var w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return; // Duplex: Readable already queued it
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  var called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    var r = stream._readableState;
    var w = stream._writableState;
    var s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else process.nextTick(emitConstructNT, stream);
  }
  try {
    stream._construct(function (err) { process.nextTick(onConstruct, err); });
  } catch (e) {
    process.nextTick(onConstruct, e);
  }
}

function emitConstructNT(stream) {
  stream.emit(kConstruct);
}

// Destroy anything stream-like (pipeline and finished use this on streams they
// did not create).
function destroyer(stream, err) {
  if (!stream || utils.isDestroyed(stream)) return;
  if (!err && !utils.isFinished(stream)) err = new errors.AbortError();
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) process.nextTick(function () { stream.emit('error', err); });
  else process.nextTick(function () { stream.emit('close'); });
}

module.exports = {
  construct: construct, destroyer: destroyer, destroy: destroy,
  undestroy: undestroy, errorOrDestroy: errorOrDestroy,
  kConstruct: kConstruct, kDestroy: kDestroy
};
