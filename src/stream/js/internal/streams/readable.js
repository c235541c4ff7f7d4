// internal/streams/readable: stream.Readable, the producer side of every stream.
//
// What: a buffer between a producer (the implementer's _read(), which calls
//   push()) and a consumer (read(), 'data', 'readable', pipe(), for await).
//   This file holds what every chunk goes through: the constructor, push()'s
//   common case (a Buffer into a live byte stream), addChunk's hand-over,
//   flow() and its per-chunk read (readChunk), 'readable' and read-ahead
//   scheduling. push()'s other
//   cases and unshift() are in readable_add.js, read([n]) and the end of the
//   stream in readable_read.js, flowing-mode switches in readable_flow.js,
//   pipe() in readable_pipe.js, async iteration and Readable.from() in
//   readable_iter.js, the state object in readable_state.js.
//
// Interface (api/stream.md): new Readable({ read, destroy, construct,
//   highWaterMark, objectMode, encoding, emitClose, autoDestroy, signal }),
//   push(chunk[, enc]), unshift(chunk[, enc]), read([n]), setEncoding(enc),
//   destroy([err]), _read(n), _destroy(err, cb); properties in readable_state.js.
//
// The state machine (state.flowing, and how the stream ends):
//
//          on('data') / resume() / pipe()              pause() / unpipe-all
//   null ----------------------------------> true  <-----------------------> false
//    |   (flowing: read() in a loop emits 'data')      resume()     (paused)  |
//    |                                                                        |
//    +-- on('readable') -------------------------------------------------> false
//
//   reading ──push(chunk)──> buffered (length += n) ──read()/flow──> consumed
//   push(null) ──> ended ──(length === 0, next tick)──> 'end' ──> autoDestroy ──> 'close'
//   destroy(err) from anywhere ──> [ 'error' ] ──> 'close'     (never 'end' after it)
//
// Invariants:
//   * _read() is never called while another is outstanding (state.reading),
//     before _construct() finished, or after push(null).
//   * push() returns false once length reaches highWaterMark: the producer
//     should wait for the next _read().
//   * 'end' is emitted once, on a later tick than the push(null), and only
//     when everything buffered has been consumed.
// Read first: readable_state.js, then this file top to bottom, then
//   readable_add.js, readable_read.js, readable_flow.js. Node's
//   lib/internal/streams/readable.js is the model.
// Node doc: api/stream.md § "Readable streams", "Implementing a readable stream".
'use strict';

// Fixed-arity emits: no arguments object per event (internal/events/fast_emit).
var fastEmit = require('internal/events/fast_emit');
var emit0 = fastEmit.emit0;
var emit1 = fastEmit.emit1;
var settle1 = fastEmit.settle1;
// The stock emit: a stream whose emit is this one, with a single 'data'
// listener, gets that listener called directly (what emit1 would do, minus a
// call). Anything else (an overridden emit, several listeners) goes to emit1.
var EEemit = require('events').prototype.emit;

var legacy = require('internal/streams/legacy');
var destroyImpl = require('internal/streams/destroy');
var rstate = require('internal/streams/readable_state');
var Stream = legacy.Stream;
var ReadableState = rstate.ReadableState;
var fromList = rstate.fromList;
var ownArray = rstate.ownArray;
// The general paths, in files of their own: module variables here, found at
// the same cost as the functions defined below.
var readableAddChunk = require('internal/streams/readable_add').readableAddChunk;
var endReadable = require('internal/streams/readable_read').endReadable;
var EMPTY = rstate.EMPTY;
var kKnownBuffer = rstate.kKnownBuffer;
var makeBusy = require('internal/streams/state').makeBusy;
var isBusy = require('internal/streams/state').isBusy;
var wstate = require('internal/streams/writable_state');
var WritableState = wstate.WritableState;
require('internal/streams/writable'); // fills in wstate.fast
var writableWrite = wstate.fast.write;
var writeBuffer = wstate.fast.writeBuffer;
var passThroughWrite = null; // transform.js's (@anchor pass-through-buffer), set when it loads
wstate.fast.setReadablePassThroughWrite = function (fn) { passThroughWrite = fn; };
var errorOrDestroy = destroyImpl.errorOrDestroy;

var Duplex = null; // required lazily: duplex.js requires this file
// The global Buffer, as a module variable: Duktape finds a global by a
// lookup through every scope and then the global object, a module variable
// one scope sooner (hot paths test every chunk against it).
var FastBuffer = Buffer;

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  if (Duplex === null) Duplex = require('internal/streams/duplex');
  var isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  }
  Stream.call(this, options);
  // No closure here: a function expression per stream would leave a cycle
  // (function <-> its .prototype) for the garbage collector to find.
  if (typeof this._construct === 'function') destroyImpl.construct(this, onConstructed);
}

// After _construct() called back (this: the stream).
function onConstructed() {
  if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
rstate.defineProperties(Readable.prototype);

Readable.ReadableState = ReadableState;
Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function (err, cb) { cb(err); };

// @anchor push
// (Transform's _write passes kKnownBuffer as the encoding when it knows the
// chunk is a Buffer: an instanceof costs Duktape ~1,900 instructions.)
Readable.prototype.push = function (chunk, encoding) {
  var stream = this;
  var state = stream._readableState;
  var bits = state.bits; // (the flags: readable_state.js, @anchor readable-bits)
  var size; // chunk.length, read once
  if ((encoding === void 0 ? !(chunk instanceof FastBuffer) : encoding !== kKnownBuffer) ||
    (size = chunk.length) === 0 || (bits & 0x182003 /* objectMode | ended | destroyed | errored | decoder */) !== 0) {
    return readableAddChunk(stream, chunk, encoding === kKnownBuffer ? '' : encoding, false);
  }
  // The common case (a non-empty Buffer into a live byte stream), the way
  // readableAddChunk() and addChunk() would take it, minus their tests for
  // every other case and two calls.
  bits &= ~0x8; // reading = false
  var length = state.length;
  var events, h;
  if (length === 0 && (bits & 0x200020 /* flowing | sync */) === 0x200000 &&
    (events = stream._events) !== void 0 && (h = events.data) !== void 0) {
    // addChunk's hand-over: straight to the 'data' listener, never buffered.
    if (bits & 0x10000 /* multiAwaitDrain */) state.awaitDrainWriters.clear();
    else if (bits & 0x800000 /* awaitDrainWriters */) { state.awaitDrainWriters = null; bits &= ~0x800000; }
    state.bits = bits | 0x40000; // dataEmitted
    if (typeof h === 'function' && stream.emit === EEemit) {
      var dest; // (pipeHandOver)
      if (h === state.pipeData && (dest = state.pipeDest).write === writableWrite) {
        if (writeBuffer(dest, chunk, size) === false) state.pipePause();
      } else {
        var r = h.call(stream, chunk);
        if (r !== void 0 && r !== null) settle1(stream, r, 'data', chunk);
      }
    } else {
      emit1(stream, 'data', chunk);
    }
  } else {
    state.length = length += size;
    var buf = state.buffer;
    if (buf === EMPTY) state.buffer = [chunk];
    else buf[buf.length] = chunk;
    state.bits = bits;
    if (bits & 0x40 /* needReadable */) emitReadable(stream);
    if ((bits & 0x20000 /* readingMore */) === 0) maybeReadMore(stream, state);
    // (No user code ran since the tests above: still not ended.)
    return length < state.highWaterMark;
  }
  bits = state.bits;
  if ((bits & 0x20000 /* readingMore */) === 0) maybeReadMore(stream, state); // (touches no other bit)
  length = state.length; // (0 when the chunk was handed over: no read of the mark)
  return (bits & 0x2 /* ended */) === 0 && (length === 0 || length < state.highWaterMark);
};

// @anchor add-chunk
// The fast path: a flowing stream with an empty buffer and a 'data' listener
// hands the chunk straight over, never buffering it. (The EventEmitter's
// _events map, src/support/js/events.js, holds a key only while a listener
// for it is registered.)
function addChunk(stream, state, chunk, addToFront) {
  var events = stream._events; // listenerCount('data') > 0, without the call (see below)
  var bits = state.bits;
  if ((bits & 0x200020 /* flowing | sync */) === 0x200000 && state.length === 0 &&
    events !== void 0 && events.data !== void 0) {
    if (bits & 0x10000 /* multiAwaitDrain */) state.awaitDrainWriters.clear();
    else if (bits & 0x800000 /* awaitDrainWriters */) { state.awaitDrainWriters = null; bits &= ~0x800000; }
    state.bits = bits | 0x40000; // dataEmitted
    emit1(stream, 'data', chunk);
  } else {
    state.length += (bits & 0x1 /* objectMode */) !== 0 ? 1 : chunk.length;
    if (addToFront) ownArray(state, 'buffer').unshift(chunk);
    else ownArray(state, 'buffer').push(chunk);
    if (bits & 0x40 /* needReadable */) emitReadable(stream);
  }
  // (usually already scheduled)
  if ((state.bits & 0x20000 /* readingMore */) === 0) maybeReadMore(stream, state);
}

// @anchor emit-readable
function emitReadable(stream) {
  var state = stream._readableState;
  var bits = state.bits & ~0x40; // needReadable = false
  if ((bits & 0x80 /* emittedReadable */) === 0) {
    state.bits = bits | 0x80;
    process.nextTick(emitReadable_, stream);
  } else {
    state.bits = bits;
  }
}

function emitReadable_(stream) {
  var state = stream._readableState;
  if ((state.bits & 0x82000 /* destroyed | errored */) === 0 &&
    (state.length || (state.bits & 0x2 /* ended */) !== 0)) {
    emit0(stream, 'readable');
    state.bits &= ~0x80; // emittedReadable = false
  }
  var bits = state.bits;
  if ((bits & 0x200002 /* flowing | ended */) === 0 && state.length <= state.highWaterMark) bits |= 0x40;
  else bits &= ~0x40; // needReadable
  state.bits = bits;
  flow(stream);
}

// @anchor maybe-read-more
// Fill the buffer up to the mark ahead of demand, one tick later (so a burst
// of synchronous push() calls costs one _read() each, not a recursion).
function maybeReadMore(stream, state) {
  var bits = state.bits;
  if ((bits & 0x20010 /* readingMore | constructed */) === 0x10) {
    state.bits = bits | 0x20000;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

wstate.fast.maybeReadMore = maybeReadMore; // (for transform.js)

function maybeReadMore_(stream, state) {
  while ((state.bits & 0xa /* reading | ended */) === 0 &&
    (state.length < state.highWaterMark || ((state.bits & 0x200000 /* flowing */) !== 0 && state.length === 0))) {
    var len = state.length;
    stream.read(0);
    if (len === state.length) break; // _read() did not push synchronously
  }
  state.bits &= ~0x20000; // readingMore = false
}

// @anchor flow
// read() until it returns null or the stream stops flowing. The stock read()
// is skipped for readChunk(), which is what it would call: one call less per
// chunk; a read() overridden on the stream or its class is called as is.
function flow(stream) {
  var state = stream._readableState;
  // Local copies: a module variable costs Duktape a scope lookup (~350
  // instructions) on every use, a local nothing.
  // (readChunk's last three arguments are the same: module constants it
  // compares with or calls for every chunk.)
  var stockRead = readableRead;
  var next = readChunk;
  var stockEmit = EEemit;
  var stockWrite = writableWrite;
  var writeBuf = writeBuffer;
  var ptWrite = passThroughWrite;
  var count = 0;
  while ((state.bits & 0x200000 /* flowing */) !== 0 &&
    (stream.read === stockRead ? next(stream, state, stockEmit, stockWrite, writeBuf, ptWrite) :
      stream.read()) !== null) {
    // A burst (data produced as fast as it is consumed): make the hot fields
    // own, once (state.js: makeBusy). A stream fed by I/O, one chunk per
    // flow() or none, keeps its small idle state.
    if (++count === 8) makeChainBusy(state, 0);
  }
}

// makeBusy() a readable state and the states of the streams it pipes into,
// which the same burst goes through (a PassThrough's readable side never
// loops in flow(): its chunks are handed over as they are pushed).
function makeChainBusy(state, depth) {
  if (!isBusy(state)) makeBusy(state, rstate.hot);
  var pipes = state.pipes;
  for (var i = 0; i < pipes.length && depth < 8; i++) {
    var w = pipes[i]._writableState;
    if (w instanceof WritableState && !isBusy(w)) makeBusy(w, wstate.hot);
    var next = pipes[i]._readableState;
    if (next instanceof ReadableState) makeChainBusy(next, depth + 1);
  }
}

// @anchor read-chunk
// read() with no argument, the call flowing mode makes for every chunk: the
// general read() (readable_read.js) with n = NaN folded in (howMuchToRead, shouldCallRead
// and fromList's one-chunk case written out): the same effects, fewer calls.
// stockEmit, stockWrite, writeBuf, ptWrite: EEemit, writableWrite,
// writeBuffer and passThroughWrite (module constants, passed in by the
// caller: flow() reads them once per loop rather than once per chunk).
function readChunk(stream, state, stockEmit, stockWrite, writeBuf, ptWrite) {
  // Fields are read once into locals between two calls out to user code (a
  // property read is a lookup in Duktape, a local is free); the flags are
  // bits of one (readable_state.js, @anchor readable-bits), stored back
  // before anything that could look at them runs.
  var bits = state.bits & ~0x80; // emittedReadable = false
  var len = state.length;
  if (len === 0 && (bits & 0x2 /* ended */) !== 0) {
    state.bits = bits;
    endReadable(stream);
    return null;
  }
  var objectMode = (bits & 0x1) !== 0; // (fixed at construction)
  // howMuchToRead(NaN): the first chunk when flowing, else everything.
  var buf; // state.buffer, once read
  var first = null; // buf[0] when n was taken from it (and no user code ran since)
  var n = len === 0 ? 0 : objectMode ? 1 :
    (bits & 0x200000 /* flowing */) !== 0 ? (first = (buf = state.buffer)[0]).length : len;
  var hwm = state.highWaterMark;
  if ((bits & 0x8201a /* ended | reading | destroyed | errored | constructed */) === 0x10 &&
    (len === 0 || (bits & 0x40 /* needReadable */) !== 0 || len - n < hwm)) {
    bits |= len === 0 ? 0x68 : 0x28; // reading | sync [| needReadable]
    state.bits = bits;
    try {
      stream._read(hwm);
    } catch (err) {
      errorOrDestroy(stream, err);
    }
    bits = state.bits & ~0x20; // sync = false
    len = state.length;
    buf = void 0; // (_read may have replaced it)
    first = null;
    if ((bits & 0x8 /* reading */) === 0) { // _read pushed synchronously
      n = len === 0 ? 0 : objectMode ? 1 :
        (bits & 0x200000) !== 0 ? (first = (buf = state.buffer)[0]).length : len;
    }
  }
  var ret = null;
  var size = 0;
  if (n > 0 && len > 0) {
    if (buf === void 0) buf = state.buffer;
    var count = buf.length;
    if (count === 1 && n >= len) { // fromList's one-chunk case, minus pop()'s call
      ret = first !== null ? first : buf[0];
      buf.length = 0;
    } else if (n < len && (first !== null || objectMode || n === buf[0].length)) {
      // ...and its "exactly the first chunk" (n is first's length when first is set)
      if (count === 2) { // (a producer one chunk ahead: shift() minus its call)
        ret = first !== null ? first : buf[0];
        buf[0] = buf[1];
        buf.length = 1;
      } else {
        ret = buf.shift();
      }
    } else {
      state.bits = bits;
      ret = fromList(n, state);
    }
  }
  // The end of read(): bookkeeping, then 'data'. (Written out here rather
  // than a function of its own: this runs for every chunk of every flowing
  // stream, and a call costs more than most of these lines.)
  if (ret === null) {
    if (len <= state.highWaterMark) bits |= 0x40; // needReadable
    else bits &= ~0x40;
  } else {
    size = n < len ? n : len; // (ret.length, outside object mode)
    state.length = len -= n;
    if (bits & 0x10000 /* multiAwaitDrain */) state.awaitDrainWriters.clear();
    else if (bits & 0x800000 /* awaitDrainWriters */) { state.awaitDrainWriters = null; bits &= ~0x800000; }
  }
  if (len === 0) {
    if ((bits & 0x2 /* ended */) === 0) {
      bits |= 0x40; // needReadable
    } else {
      state.bits = bits;
      endReadable(stream);
      bits = state.bits;
    }
  }
  if (ret !== null && (bits & 0x8400 /* errorEmitted | closeEmitted */) === 0) {
    state.bits = bits | 0x40000; // dataEmitted
    var events = stream._events;
    var h;
    if (events !== void 0 && typeof (h = events.data) === 'function' && stream.emit === stockEmit) {
      var dest;
      if (h === state.pipeData && (dest = state.pipeDest).write === stockWrite &&
        (bits & 0x100001 /* decoder | objectMode */) === 0) {
        // @anchor pipe-hand-over
        // The only 'data' listener is pipe()'s ondata, which would call
        // dest.write(ret) and pause on false: done here, and with a Buffer
        // known to be one (a byte stream's chunks are), no instanceof.
        // (Into a PassThrough, bit pipeToPassThrough: what writeBuffer()
        // would call, called here, a call less; read() passes no ptWrite.)
        if (((bits & 0x1000000) !== 0 && ptWrite !== void 0 ? ptWrite(dest, ret, size) :
          writeBuf(dest, ret, size)) === false) {
          state.pipePause();
        }
      } else {
        var r = h.call(stream, ret); // emit1(stream, 'data', ret), minus a call
        if (r !== void 0 && r !== null) settle1(stream, r, 'data', ret);
      }
    } else {
      emit1(stream, 'data', ret);
    }
  } else {
    state.bits = bits;
  }
  return ret;
}
// The general paths, in files of their own (they call back into this one).
require('internal/streams/readable_add').install(Readable, {
  addChunk: addChunk, emitReadable: emitReadable, emitReadable_: emitReadable_,
  maybeReadMore: maybeReadMore
});
require('internal/streams/readable_read').install(Readable, {
  emitReadable: emitReadable, readChunk: readChunk,
  EEemit: EEemit, writableWrite: writableWrite, writeBuffer: writeBuffer
});
var readableRead = Readable.prototype.read;

module.exports = Readable;

require('internal/streams/readable_flow').install(Readable, {
  flow: flow, emitReadable: emitReadable, errorOrDestroy: errorOrDestroy
});
require('internal/streams/readable_iter').install(Readable);
