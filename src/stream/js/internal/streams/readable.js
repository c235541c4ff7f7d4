// internal/streams/readable: stream.Readable, the producer side of every stream.
//
// What: a buffer between a producer (the implementer's _read(), which calls
//   push()) and a consumer (read(), 'data', 'readable', pipe(), for await).
//   This file holds the core: push/unshift, read([n]), the end of the stream.
//   Flowing mode and pipe() are in readable_flow.js, async iteration and
//   Readable.from() in readable_iter.js, the state object in readable_state.js.
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
//   readable_flow.js. Node's lib/internal/streams/readable.js is the model.
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

var errors = require('internal/errors');
var legacy = require('internal/streams/legacy');
var destroyImpl = require('internal/streams/destroy');
var rstate = require('internal/streams/readable_state');
var codes = errors.codes;
var Stream = legacy.Stream;
var ReadableState = rstate.ReadableState;
var ownArray = rstate.ownArray;
var fromList = rstate.fromList;
var EMPTY = rstate.EMPTY;
var kKnownBuffer = rstate.kKnownBuffer;
var makeBusy = require('internal/streams/state').makeBusy;
var isBusy = require('internal/streams/state').isBusy;
var wstate = require('internal/streams/writable_state');
var WritableState = wstate.WritableState;
require('internal/streams/writable'); // fills in wstate.fast
var writableWrite = wstate.fast.write;
var writeBuffer = wstate.fast.writeBuffer;
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
  if ((encoding === void 0 ? !(chunk instanceof FastBuffer) : encoding !== kKnownBuffer) ||
    chunk.length === 0 || (bits & 0x182003 /* objectMode | ended | destroyed | errored | decoder */) !== 0) {
    return readableAddChunk(stream, chunk, encoding === kKnownBuffer ? '' : encoding, false);
  }
  // The common case (a non-empty Buffer into a live byte stream), the way
  // readableAddChunk() and addChunk() would take it, minus their tests for
  // every other case and two calls.
  bits &= ~0x8; // reading = false
  var events = stream._events;
  var length = state.length;
  var h;
  if (length === 0 && (bits & 0x200020 /* flowing | sync */) === 0x200000 && events !== void 0 &&
    (h = events.data) !== void 0) {
    // addChunk's hand-over: straight to the 'data' listener, never buffered.
    if (bits & 0x10000 /* multiAwaitDrain */) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.bits = bits | 0x40000; // dataEmitted
    if (typeof h === 'function' && stream.emit === EEemit) {
      var dest; // (pipeHandOver)
      if (h === state.pipeData && (dest = state.pipeDest).write === writableWrite) {
        if (writeBuffer(dest, chunk) === false) state.pipePause();
      } else {
        var r = h.call(stream, chunk);
        if (r !== void 0 && r !== null) settle1(stream, r, 'data', chunk);
      }
    } else {
      emit1(stream, 'data', chunk);
    }
  } else {
    state.length = length += chunk.length;
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
  length = state.length;
  return (bits & 0x2 /* ended */) === 0 && (length < state.highWaterMark || length === 0);
};

Readable.prototype.unshift = function (chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

// Strings become Buffers (unless the stream decodes to that same encoding);
// anything but string/Buffer/Uint8Array/null is an error outside objectMode.
function normalizeChunk(state, chunk, encoding, addToFront) {
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      if (addToFront && state.encoding) {
        return { chunk: Buffer.from(chunk, encoding).toString(state.encoding), encoding: state.encoding };
      }
      return { chunk: Buffer.from(chunk, encoding), encoding: '' };
    }
    return { chunk: chunk, encoding: encoding };
  }
  if (Buffer.isBuffer(chunk)) return { chunk: chunk, encoding: '' };
  if (chunk instanceof Uint8Array) {
    return { chunk: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), encoding: '' };
  }
  if (chunk == null) return { chunk: chunk, encoding: encoding };
  return { error: new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk) };
}

// @anchor readable-add-chunk
function readableAddChunk(stream, chunk, encoding, addToFront) {
  var state = stream._readableState;
  if (state.objectMode) {
    // any value goes
  } else if (chunk instanceof FastBuffer) {
    encoding = ''; // the common case, without normalizeChunk's result object
  } else {
    var n = normalizeChunk(state, chunk, encoding, addToFront);
    if (n.error) {
      errorOrDestroy(stream, n.error);
      return false;
    }
    chunk = n.chunk;
    encoding = n.encoding;
  }
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, new codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, new codes.ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false; // push('') or push(undefined): "no data yet"
    maybeReadMore(stream, state);
  }
  // Room left below the mark, or nothing buffered at all (hwm 0).
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

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
    else state.awaitDrainWriters = null;
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

Readable.prototype.isPaused = function () {
  var state = this._readableState;
  return state.paused === true || state._flowing === false; // (state.js: valueAccessor)
};

Readable.prototype.setEncoding = function (enc) {
  var StringDecoder = require('string_decoder').StringDecoder;
  var decoder = new StringDecoder(enc);
  var state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  var content = '';
  for (var i = 0; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  state.buffer = content !== '' ? [content] : [];
  state.length = content.length;
  return this;
};

var MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new codes.ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--; n |= n >>> 1; n |= n >>> 2; n |= n >>> 4; n |= n >>> 8; n |= n >>> 16; n++;
  return n;
}

// How much read(n) may return now: 0 means "nothing yet".
function howMuchToRead(n, state) {
  var bits = state.bits;
  if (n <= 0 || (state.length === 0 && (bits & 0x2 /* ended */) !== 0)) return 0;
  if (bits & 0x1 /* objectMode */) return 1;
  if (n !== n) { // read() with no argument: the first chunk when flowing, else everything
    if ((bits & 0x200000 /* flowing */) !== 0 && state.length) return state.buffer[0].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (bits & 0x2 /* ended */) !== 0 ? state.length : 0;
}

// @anchor read
Readable.prototype.read = function (n) {
  var state = this._readableState;
  if (n === void 0) return readChunk(this, state);
  if (typeof n !== 'number' || Math.floor(n) !== n) n = parseInt(n, 10);
  var nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  var bits = state.bits; // (stored back before every call out)
  if (n !== 0) state.bits = bits &= ~0x80; // emittedReadable = false
  // read(0) with enough buffered only (re)arms 'readable' or 'end'.
  if (n === 0 && (bits & 0x40 /* needReadable */) !== 0 && ((state.highWaterMark !== 0 ?
    state.length >= state.highWaterMark : state.length > 0) || (bits & 0x2 /* ended */) !== 0)) {
    if (state.length === 0 && (bits & 0x2)) endReadable(this);
    else emitReadable(this);
    return null;
  }
  n = howMuchToRead(n, state);
  if (n === 0 && (bits & 0x2 /* ended */) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  if (shouldCallRead(state, n)) {
    state.bits = bits | (state.length === 0 ? 0x68 : 0x28); // reading | sync [| needReadable]
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.bits = bits = state.bits & ~0x20; // sync = false
    if ((bits & 0x8 /* reading */) === 0) n = howMuchToRead(nOrig, state); // _read pushed synchronously
  }
  var ret = n > 0 ? fromList(n, state) : null;
  bits = state.bits;
  if (ret === null) {
    if (state.length <= state.highWaterMark) bits |= 0x40; // needReadable
    else bits &= ~0x40;
    n = 0;
  } else {
    state.length -= n;
    if (bits & 0x10000 /* multiAwaitDrain */) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }
  if (state.length === 0) {
    if ((bits & 0x2 /* ended */) === 0) bits |= 0x40; // needReadable
    state.bits = bits;
    if (nOrig !== n && (bits & 0x2)) endReadable(this);
    bits = state.bits;
  }
  if (ret !== null && (bits & 0x8400 /* errorEmitted | closeEmitted */) === 0) {
    state.bits = bits | 0x40000; // dataEmitted
    emit1(this, 'data', ret);
  } else {
    state.bits = bits;
  }
  return ret;
};

// Ask the implementation for more when what is left after this read would be
// below the mark, unless it cannot or must not be asked.
function shouldCallRead(state, n) {
  var bits = state.bits;
  if ((bits & 0x8201a /* ended | reading | destroyed | errored | constructed */) !== 0x10) {
    return false;
  }
  return (bits & 0x40 /* needReadable */) !== 0 || state.length === 0 || state.length - n < state.highWaterMark;
}

Readable.prototype._read = function (n) {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var chunk = state.decoder.end();
    if (chunk && chunk.length) {
      ownArray(state, 'buffer').push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream); // pushed from inside _read(): tell them on the next tick
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
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
  var stockRead = readableRead;
  var next = readChunk;
  var count = 0;
  while ((state.bits & 0x200000 /* flowing */) !== 0 &&
    (stream.read === stockRead ? next(stream, state) : stream.read()) !== null) {
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
// general read() above with n = NaN folded in (howMuchToRead, shouldCallRead
// and fromList's one-chunk case written out): the same effects, fewer calls.
function readChunk(stream, state) {
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
  var n = len === 0 ? 0 : objectMode ? 1 : (bits & 0x200000 /* flowing */) !== 0 ? (buf = state.buffer)[0].length : len;
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
    if ((bits & 0x8 /* reading */) === 0) { // _read pushed synchronously
      n = len === 0 ? 0 : objectMode ? 1 : (bits & 0x200000) !== 0 ? (buf = state.buffer)[0].length : len;
    }
  }
  var ret = null;
  if (n > 0 && len > 0) {
    if (buf === void 0) buf = state.buffer;
    if (buf.length === 1 && n >= len) { // fromList's one-chunk case, minus pop()'s call
      ret = buf[0];
      buf.length = 0;
    } else if (n < len && (objectMode || n === buf[0].length)) { // ...and its "exactly the first chunk"
      if (buf.length === 2) { // (a producer one chunk ahead: shift() minus its call)
        ret = buf[0];
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
    state.length = len -= n;
    if (bits & 0x10000 /* multiAwaitDrain */) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
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
    if (events !== void 0 && typeof (h = events.data) === 'function' && stream.emit === EEemit) {
      var dest;
      if (h === state.pipeData && (dest = state.pipeDest).write === writableWrite &&
        (bits & 0x100001 /* decoder | objectMode */) === 0) {
        // @anchor pipe-hand-over
        // The only 'data' listener is pipe()'s ondata, which would call
        // dest.write(ret) and pause on false: done here, and with a Buffer
        // known to be one (a byte stream's chunks are), no instanceof.
        if (writeBuffer(dest, ret) === false) state.pipePause();
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

function endReadable(stream) {
  var state = stream._readableState;
  var bits = state.bits;
  if ((bits & 0x4 /* endEmitted */) === 0) {
    state.bits = bits | 0x2; // ended
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    emit0(stream, 'end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed only once its writable side is done too.
      var w = stream._writableState;
      if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

var readableRead = Readable.prototype.read;

module.exports = Readable;

require('internal/streams/readable_flow').install(Readable, {
  flow: flow, emitReadable: emitReadable, errorOrDestroy: errorOrDestroy
});
require('internal/streams/readable_iter').install(Readable);
