// internal/streams/writable_state: the bookkeeping of a Writable, and the
// properties (writableLength, writableNeedDrain...) that expose it.
//
// What: WritableState, one per Writable (stream._writableState).
// Interface: WritableState(options, stream, isDuplex), resetBuffer(state),
//   ownArray(state, 'buffered' | kOnFinished) before modifying one of those
//   arrays, takeOnFinished(state), defineProperties(proto), kOnFinished,
//   hot: the fields to make own in a burst of writes.
// Invariants:
//   * length == bytes (or objects) accepted by write() and not yet
//     acknowledged by the implementation's callback: the one being written
//     (writelen) plus everything queued in buffered[bufferedIndex..].
//   * At most one _write()/_writev() is in flight (writing).
//   * ending: end() was called; finished: 'finish' was emitted.
// Read first: writable.js. Node doc: api/stream.md § "Writable streams".
'use strict';

var hwm = require('internal/streams/state');
// Duktape.compact(obj) shrinks an object's property table to what it holds:
// a table grows in steps, so a new state would keep spare slots (~20 bytes
// measured) for as long as its stream stays idle; a busy state grows once.
var compact = Duktape.compact;
var getHighWaterMark = hwm.getHighWaterMark;

var kOnFinished = Symbol('kOnFinished');

// As in ReadableState: only what differs from the defaults below is an own
// property at creation; a field becomes own the first time it is written.
function WritableState(options, stream, isDuplex) {
  if (options) {
    if (options.objectMode || (isDuplex && options.writableObjectMode)) this.objectMode = true;
    this.highWaterMark = getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex);
    if (options.decodeStrings === false) this.decodeStrings = false;
    if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
  } else {
    // Always own: the default can change (stream.setDefaultHighWaterMark).
    this.highWaterMark = hwm.getDefaultHighWaterMark(false);
  }
  compact(this);
}

// The queues start as the shared EMPTY array of internal/streams/state;
// ownArray() gives a stream its own.
var EMPTY = hwm.EMPTY;
var ownArray = hwm.ownArray;

var defaults = {
  objectMode: false,
  finalCalled: false,
  needDrain: false,       // a write() returned false: emit 'drain' when length hits 0
  ending: false,
  ended: false,
  finished: false,
  destroyed: false,
  decodeStrings: true,
  defaultEncoding: 'utf8',
  length: 0,
  writing: false,
  corked: 0,
  sync: true,             // inside _write(): its callback's effects wait a tick
  bufferProcessing: false,
  onwrite: null,          // the callback handed to _write, made on the first write
  writecb: null,
  writelen: 0,
  afterWriteTickInfo: null,
  buffered: EMPTY,        // { chunk, encoding, callback } waiting their turn
  bufferedIndex: 0,
  allBuffers: true,
  allNoop: true,
  pendingcb: 0,           // write callbacks (and _final) not yet called
  constructed: true,
  prefinished: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  errored: null,
  closed: false,
  closeEmitted: false
};
Object.keys(defaults).forEach(function (k) { WritableState.prototype[k] = defaults[k]; });
WritableState.prototype[kOnFinished] = EMPTY; // end(cb) callbacks

// The fields every write reads: made own when a burst of chunks is piped
// into the stream (readable.js: flow; state.js: makeBusy).
var hot = ['length', 'writing', 'sync', 'writecb', 'writelen', 'pendingcb', 'onwrite', 'buffered',
  'objectMode', 'ending', 'destroyed', 'corked', 'errored', 'constructed', 'needDrain',
  'afterWriteTickInfo'];

function resetBuffer(state) {
  state.buffered = EMPTY;
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

// Takes the end(cb) callbacks, leaving none.
function takeOnFinished(state) {
  var cbs = state[kOnFinished];
  if (cbs.length) state[kOnFinished] = EMPTY;
  return cbs;
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
  WritableState: WritableState, resetBuffer: resetBuffer, ownArray: ownArray,
  takeOnFinished: takeOnFinished, hot: hot,
  defineProperties: defineProperties, kOnFinished: kOnFinished
};
