// internal/streams/writable_state: the bookkeeping of a Writable, and the
// properties (writableLength, writableNeedDrain...) that expose it.
//
// What: WritableState, one per Writable (stream._writableState).
// Interface: WritableState(options, stream, isDuplex), resetBuffer(state),
//   ownArray(state, 'buffered' | kOnFinished) before modifying one of those
//   arrays, takeOnFinished(state), defineProperties(proto), kOnFinished,
//   flags: the bit of state.bits that holds each boolean field (writable.js
//   tests these bits; every name still works as a property);
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

// As in ReadableState: only the flags (bits) and what differs from the
// defaults below are own at creation; a field becomes own when first written.
function WritableState(options, stream, isDuplex) {
  this.bits = kDefaultBits; // (always own: every write reads it)
  if (options) {
    if (options.objectMode || (isDuplex && options.writableObjectMode)) this.bits |= flags.objectMode;
    this.highWaterMark = getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex);
    if (options.decodeStrings === false) this.bits &= ~flags.decodeStrings;
    if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
    if (options.emitClose === false) this.bits &= ~flags.emitClose;
    if (options.autoDestroy === false) this.bits &= ~flags.autoDestroy;
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

// The boolean fields, as bits of state.bits: see readable_state.js
// (@anchor readable-bits). writable.js tests them as literals.
var flags = {
  objectMode: 0x1,
  finalCalled: 0x2,
  needDrain: 0x4,         // a write() returned false: emit 'drain' when length hits 0
  ending: 0x8,
  ended: 0x10,
  finished: 0x20,
  destroyed: 0x40,
  decodeStrings: 0x80,
  writing: 0x100,
  sync: 0x200,            // inside _write(): its callback's effects wait a tick
  bufferProcessing: 0x400,
  allBuffers: 0x800,
  allNoop: 0x1000,
  constructed: 0x2000,
  prefinished: 0x4000,
  errorEmitted: 0x8000,
  emitClose: 0x10000,
  autoDestroy: 0x20000,
  closed: 0x40000,
  closeEmitted: 0x80000,
  errored: 0x100000,      // not booleans: see readable_state.js
  corked: 0x200000        // a count: cork() calls not yet uncorked
};
// Three more bits, with no property of their own: 0x400000 is kBusy (state.js),
// 0x800000 afterWriteTick, set while afterWriteTickInfo is not null (a tick of
// deferred write callbacks is due), so onwrite() tests it with the other flags;
// 0x1000000 passThrough, set by PassThrough's constructor: writeBuffer()
// hands the chunk to transform.js (@anchor pass-through-buffer).
var kDefaultBits = flags.decodeStrings | flags.sync | flags.allBuffers | flags.allNoop |
  flags.constructed | flags.emitClose | flags.autoDestroy;

var defaults = {
  defaultEncoding: 'utf8',
  length: 0,
  onwrite: null,          // the callback handed to _write, made on the first write
  writecb: null,
  writelen: 0,
  afterWriteTickInfo: null,
  buffered: EMPTY,        // { chunk, encoding, callback } waiting their turn
  bufferedIndex: 0,
  pendingcb: 0            // write callbacks (and _final) not yet called
};
Object.keys(defaults).forEach(function (k) { WritableState.prototype[k] = defaults[k]; });
Object.keys(flags).forEach(function (k) {
  if (k === 'errored') hwm.valueAccessor(WritableState.prototype, k, flags[k], null);
  else if (k === 'corked') hwm.valueAccessor(WritableState.prototype, k, flags[k], 0);
  else hwm.flagAccessor(WritableState.prototype, k, flags[k]);
});
WritableState.prototype[kOnFinished] = EMPTY; // end(cb) callbacks

// The fields every write reads: made own when a burst of chunks is piped
// into the stream (readable.js: flow; state.js: makeBusy).
var hot = ['length', 'writecb', 'writelen', 'pendingcb', 'onwrite', 'buffered'];

function resetBuffer(state) {
  state.buffered = EMPTY;
  state.bufferedIndex = 0;
  state.bits |= 0x1800; // allBuffers | allNoop
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

// (The getters test the bits, not the named accessors: a getter calling a
// getter costs twice.)
function defineProperties(proto) {
  getter(proto, 'closed', function () {
    return this._writableState ? (this._writableState.bits & 0x40000 /* closed */) !== 0 : false;
  });
  getter(proto, 'destroyed', function () {
    return this._writableState ? (this._writableState.bits & 0x40 /* destroyed */) !== 0 : false;
  }, function (value) {
    if (this._writableState) this._writableState.destroyed = value;
  });
  getter(proto, 'writable', function () {
    var w = this._writableState;
    return !!w && w.writable !== false &&
      (w.bits & 0x100058 /* destroyed | errored | ending | ended */) === 0;
  }, function (val) {
    if (this._writableState) this._writableState.writable = !!val;
  });
  getter(proto, 'writableFinished', function () {
    return this._writableState ? (this._writableState.bits & 0x20 /* finished */) !== 0 : false;
  });
  getter(proto, 'writableObjectMode', function () {
    return this._writableState ? (this._writableState.bits & 0x1 /* objectMode */) !== 0 : false;
  });
  getter(proto, 'writableBuffer', function () {
    var w = this._writableState;
    return w && w.buffered.slice(w.bufferedIndex);
  });
  getter(proto, 'writableEnded', function () {
    return this._writableState ? (this._writableState.bits & 0x8 /* ending */) !== 0 : false;
  });
  getter(proto, 'writableNeedDrain', function () {
    var w = this._writableState;
    if (!w) return false;
    return (w.bits & 0x4c /* destroyed | ending | needDrain */) === 0x4;
  });
  getter(proto, 'writableHighWaterMark', function () {
    return this._writableState && this._writableState.highWaterMark;
  });
  getter(proto, 'writableCorked', function () {
    return this._writableState ? this._writableState._corked : 0;
  });
  getter(proto, 'writableLength', function () {
    return this._writableState && this._writableState.length;
  });
  getter(proto, 'errored', function () {
    return this._writableState ? this._writableState._errored : null;
  });
  getter(proto, 'writableAborted', function () {
    var w = this._writableState;
    return w.writable !== false && (w.bits & 0x100040 /* destroyed | errored */) !== 0 &&
      (w.bits & 0x20 /* finished */) === 0;
  });
}

module.exports = {
  // Filled in by writable.js: the stock write(), and writeBuffer(stream,
  // chunk, chunk.length), its Buffer-only form (readable.js's pipe hand-over
  // calls it).
  // Also onwriteOf(stream, state), and readable.js's maybeReadMore, for
  // transform.js; setPassThroughWrite(fn), transform.js's for writeBuffer().
  fast: { write: null, writeBuffer: null },
  WritableState: WritableState, resetBuffer: resetBuffer, ownArray: ownArray,
  takeOnFinished: takeOnFinished, hot: hot, flags: flags,
  defineProperties: defineProperties, kOnFinished: kOnFinished
};
