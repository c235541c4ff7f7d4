// internal/streams/writable_state: the bookkeeping of a Writable, and the
// properties (writableLength, writableNeedDrain...) that expose it.
//
// What: WritableState, one per Writable (stream._writableState).
// Interface: WritableState(options, stream, isDuplex), resetBuffer(state),
//   defineProperties(proto), kOnFinished.
// Invariants:
//   * length == bytes (or objects) accepted by write() and not yet
//     acknowledged by the implementation's callback: the one being written
//     (writelen) plus everything queued in buffered[bufferedIndex..].
//   * At most one _write()/_writev() is in flight (writing).
//   * ending: end() was called; finished: 'finish' was emitted.
// Read first: writable.js. Node doc: api/stream.md § "Writable streams".
'use strict';

var getHighWaterMark = require('internal/streams/state').getHighWaterMark;

var kOnFinished = Symbol('kOnFinished');

function WritableState(options, stream, isDuplex) {
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.writableObjectMode);
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getHighWaterMark(this, {}, 'writableHighWaterMark', false);
  this.finalCalled = false;
  this.needDrain = false;   // a write() returned false: emit 'drain' when length hits 0
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;         // inside _write(): its callback's effects wait a tick
  this.bufferProcessing = false;
  this.onwrite = null;      // set by Writable: the callback handed to _write
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  resetBuffer(this);
  this.pendingcb = 0;       // write callbacks (and _final) not yet called
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this[kOnFinished] = [];   // end(cb) callbacks
}

function resetBuffer(state) {
  state.buffered = [];      // { chunk, encoding, callback } waiting their turn
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

function getter(proto, name, get, set) {
  Object.defineProperty(proto, name, { get: get, set: set, enumerable: false, configurable: true });
}

function defineProperties(proto) {
  getter(proto, 'closed', function () {
    return this._writableState ? this._writableState.closed : false;
  });
  getter(proto, 'destroyed', function () {
    return this._writableState ? this._writableState.destroyed : false;
  }, function (value) {
    if (this._writableState) this._writableState.destroyed = value;
  });
  getter(proto, 'writable', function () {
    var w = this._writableState;
    return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
  }, function (val) {
    if (this._writableState) this._writableState.writable = !!val;
  });
  getter(proto, 'writableFinished', function () {
    return this._writableState ? this._writableState.finished : false;
  });
  getter(proto, 'writableObjectMode', function () {
    return this._writableState ? this._writableState.objectMode : false;
  });
  getter(proto, 'writableBuffer', function () {
    var w = this._writableState;
    return w && w.buffered.slice(w.bufferedIndex);
  });
  getter(proto, 'writableEnded', function () {
    return this._writableState ? this._writableState.ending : false;
  });
  getter(proto, 'writableNeedDrain', function () {
    var w = this._writableState;
    if (!w) return false;
    return !w.destroyed && !w.ending && w.needDrain;
  });
  getter(proto, 'writableHighWaterMark', function () {
    return this._writableState && this._writableState.highWaterMark;
  });
  getter(proto, 'writableCorked', function () {
    return this._writableState ? this._writableState.corked : 0;
  });
  getter(proto, 'writableLength', function () {
    return this._writableState && this._writableState.length;
  });
  getter(proto, 'errored', function () {
    return this._writableState ? this._writableState.errored : null;
  });
  getter(proto, 'writableAborted', function () {
    var w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  });
}

module.exports = {
  WritableState: WritableState, resetBuffer: resetBuffer,
  defineProperties: defineProperties, kOnFinished: kOnFinished
};
