// internal/streams/writable: stream.Writable, the consumer side of every stream.
//
// What: a queue in front of the implementer's _write(chunk, enc, cb). write()
//   hands a chunk to _write() at once if nothing is in flight, else queues it;
//   each callback starts the next. write() returns false once the queued
//   length reaches highWaterMark, and 'drain' is emitted when it falls back to
//   0: that is how a writer learns to wait. end(), 'finish' and destroy() are
//   in writable_end.js; the state object in writable_state.js.
//
// Interface (api/stream.md): new Writable({ write, writev, final, destroy,
//   construct, highWaterMark, objectMode, decodeStrings, defaultEncoding,
//   emitClose, autoDestroy, signal }), write(chunk[, enc][, cb]), cork(),
//   uncork(), setDefaultEncoding(enc), end(...), destroy([err]).
//
// The state machine:
//
//   idle ──write()──> writing ──cb()──> (queue empty?) ──yes──> idle [+ 'drain' if needed]
//     ^                 │  write() meanwhile: queued (buffered)   │no
//     │                 └<───────────── next chunk ───────────────┘
//   end() ──> ending ──(queue empty, nothing in flight)──> _final(cb) ──> 'prefinish'
//         ──> 'finish' ──> autoDestroy ──> 'close'
//   a cb(err) or destroy(err) from anywhere ──> 'error' ──> 'close'  (no 'finish')
//
// Invariants:
//   * One _write() in flight at a time; chunks reach it in write() order.
//   * A write callback runs after the implementation acknowledged the chunk,
//     never synchronously inside write().
//   * 'drain' is emitted only if a write() returned false.
// Read first: writable_state.js, then this file, then writable_end.js.
//   Node's lib/internal/streams/writable.js is the model.
// Node doc: api/stream.md § "Writable streams", "Implementing a writable stream".
'use strict';

// Fixed-arity emits: no arguments object per event (internal/events/fast_emit).
var fastEmit = require('internal/events/fast_emit');
var emit0 = fastEmit.emit0;

var errors = require('internal/errors');
var legacy = require('internal/streams/legacy');
var destroyImpl = require('internal/streams/destroy');
var wstate = require('internal/streams/writable_state');
var utils = require('internal/streams/utils');
var codes = errors.codes;
var Stream = legacy.Stream;
var WritableState = wstate.WritableState;
var EMPTY = require('internal/streams/state').EMPTY;
var errorOrDestroy = destroyImpl.errorOrDestroy;
var nop = utils.nop;

var Duplex = null;
var FastBuffer = Buffer; // a module variable is found faster than a global

function Writable(options) {
  if (Duplex === null) Duplex = require('internal/streams/duplex');
  var isDuplex = this instanceof Duplex;
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') destroyImpl.construct(this, onConstructed);
}

// After _construct() called back (this: the stream). A module function, not
// a closure per stream (see readable.js).
function onConstructed() {
  var state = this._writableState;
  if (!state.writing) clearBuffer(this, state);
  finishMaybe(this, state);
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);
wstate.defineProperties(Writable.prototype);
Writable.WritableState = WritableState;

// A Duplex is a Writable too, though it inherits from Readable.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  }
});

Writable.prototype.pipe = function () {
  errorOrDestroy(this, new codes.ERR_STREAM_CANNOT_PIPE());
};

// Validate and normalize a chunk; returns { chunk, encoding } or throws.
function normalizeChunk(state, chunk, encoding) {
  if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
  if (state.objectMode) return { chunk: chunk, encoding: encoding };
  if (typeof chunk === 'string') {
    if (state.decodeStrings !== false) return { chunk: Buffer.from(chunk, encoding), encoding: 'buffer' };
    return { chunk: chunk, encoding: encoding };
  }
  if (Buffer.isBuffer(chunk)) return { chunk: chunk, encoding: 'buffer' };
  if (chunk instanceof Uint8Array) {
    return { chunk: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), encoding: 'buffer' };
  }
  throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
}

// Returns true/false as write() does, or the Error when the write was refused.
function _write(stream, chunk, encoding, cb) {
  var state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = state.defaultEncoding;
  } else {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    if (typeof cb !== 'function') cb = nop;
  }
  var encoded = 'buffer';
  if ((state.bits & 0x1 /* objectMode */) !== 0 || !(chunk instanceof FastBuffer)) { // not the common case
    var n = normalizeChunk(state, chunk, encoding);
    chunk = n.chunk;
    encoded = n.encoding;
  }
  var bits = state.bits;
  var err;
  if (bits & 0x8 /* ending */) err = new codes.ERR_STREAM_WRITE_AFTER_END();
  else if (bits & 0x40 /* destroyed */) err = new codes.ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoded, cb);
}

// @anchor write
Writable.prototype.write = function (chunk, encoding, cb) {
  if (encoding !== void 0 || cb !== void 0 || !(chunk instanceof FastBuffer)) {
    return _write(this, chunk, encoding, cb) === true;
  }
  // The common case, a Buffer with no encoding or callback, is pipe()'s:
  // writeBuffer below, without _write()'s argument shuffling and checks.
  return writeBuffer(this, chunk, chunk.length);
};

// @anchor write-buffer
// stream.write(chunk) for a chunk its caller knows to be a Buffer (write()
// above, and the pipe hand-over in readable.js, whose chunks come out of a
// byte stream, which so skips write()'s argument tests: an instanceof costs
// Duktape ~1,900 instructions). With nothing in flight, writeOrBuffer()'s
// hand-over is written out (one call less). Only for a stream whose write is
// the stock one. len: the chunk's length, which the caller has at hand.
// A PassThrough (bit 0x1000000) goes to transform.js's passThroughWrite(),
// which calls back here with `plain` true for what it does not take.
function writeBuffer(stream, chunk, len, plain) {
  var state = stream._writableState;
  var bits = state.bits;
  if ((bits & 0x1000049 /* passThrough | objectMode | ending | destroyed */) !== 0) {
    if ((bits & 0x49) !== 0) return _write(stream, chunk, void 0, void 0) === true;
    if (plain !== true) return passThroughWrite(stream, chunk, len);
  }
  state.pendingcb++;
  if ((bits & 0x302100 /* writing | errored | corked | constructed */) !== 0x2000) {
    return writeOrBuffer(stream, state, chunk, 'buffer', nop);
  }
  state.length += len;
  state.writelen = len;
  state.writecb = nop;
  state.bits = bits | 0x300; // writing | sync
  stream._write(chunk, 'buffer', state.onwrite || onwriteOf(stream, state));
  state.bits = bits = state.bits & ~0x200; // sync = false
  len = state.length;
  // (len === 0 first: a _write that called back at once, the common case,
  // spares the read of the mark)
  if (len === 0 || len < state.highWaterMark) return (bits & 0x100040 /* destroyed | errored */) === 0;
  state.bits = bits | 0x4; // needDrain
  return false;
}
wstate.fast.write = Writable.prototype.write;
wstate.fast.writeBuffer = writeBuffer;
wstate.fast.onwriteOf = onwriteOf; // (a declaration below: hoisted)
// transform.js's, set when it loads (before any stream has bit 0x1000000):
// see writeBuffer().
var passThroughWrite = null;
wstate.fast.setPassThroughWrite = function (fn) { passThroughWrite = fn; };

Writable.prototype.cork = function () {
  this._writableState.corked++;
};

Writable.prototype.uncork = function () {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function (encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// @anchor write-or-buffer
// The backpressure signal is computed *after* handing the chunk over: a
// _write() that calls back synchronously has already taken the chunk off the
// count, so write() says true and the writer keeps going with no 'drain'
// round trip (Node v20.20 does the same; stream.md § "writable.write" only
// promises false while the buffered length is at or above the mark).
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  var bits = state.bits;
  var len = (bits & 0x1 /* objectMode */) !== 0 ? 1 : chunk.length;
  state.length += len;
  if ((bits & 0x302100 /* writing | errored | corked | constructed */) !== 0x2000) {
    wstate.ownArray(state, 'buffered').push({ chunk: chunk, encoding: encoding, callback: callback });
    if (encoding !== 'buffer') bits &= ~0x800; // allBuffers = false
    if (callback !== nop) bits &= ~0x1000; // allNoop = false
    state.bits = bits;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.bits = bits | 0x300; // writing | sync
    stream._write(chunk, encoding, state.onwrite || onwriteOf(stream, state));
    state.bits = bits = state.bits & ~0x200; // sync = false
  }
  var len2 = state.length;
  var ret = len2 === 0 || len2 < state.highWaterMark;
  if (!ret) state.bits = bits |= 0x4; // needDrain
  return ret && (bits & 0x100040 /* destroyed | errored */) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  var bits = state.bits |= 0x300; // writing | sync
  var onwriteCb = state.onwrite || onwriteOf(stream, state);
  if (bits & 0x40 /* destroyed */) onwriteCb(new codes.ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, onwriteCb);
  else stream._write(chunk, encoding, onwriteCb);
  state.bits &= ~0x200; // sync = false
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// The callback every _write() of this stream gets, made on its first write
// (an idle stream does not carry one). A bound function, not a closure:
// Duktape calls it for ~250 instructions more than a plain call, against
// ~1,200 for a closure that calls onwrite(). Its bound arguments are locals
// in onwrite(): the state (a property read less) and two module constants
// (a module variable costs Duktape a scope lookup, ~350 instructions).
function onwriteOf(stream, state) {
  state.onwrite = onwrite.bind(void 0, stream, state, nop, EMPTY);
  return state.onwrite;
}

// @anchor onwrite
// The callback every _write() gets. A synchronous one (state.sync) defers the
// user's callback and 'drain' to the next tick, batching repeated ones; with
// neither to deliver, the write is settled at once, with no tick.
function onwrite(stream, state, noop, empty, er) {
  var bits = state.bits;
  var sync = (bits & 0x200) !== 0;
  var cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new codes.ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.bits = bits &= ~0x100; // writing = false
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }
  var buffered = state.buffered; // (EMPTY when nothing ever queued: skips two reads)
  if (buffered !== empty && buffered.length > state.bufferedIndex) {
    clearBuffer(stream, state);
    bits = state.bits;
  }
  if (!sync) {
    afterWrite(stream, state, 1, cb);
  } else if (cb !== noop || (bits & 0x800040 /* afterWriteTick | destroyed */) !== 0 ||
    ((bits & 0x4 /* needDrain */) !== 0 && state.length === 0)) {
    deferAfterWrite(stream, state, cb);
  } else {
    // Synchronous, no callback to call, no 'drain' due (pipe()'s writes):
    // settled here, with no tick at all.
    state.pendingcb--;
    if (bits & 0x8 /* ending */) finishMaybe(stream, state, true);
  }
}

// A synchronous callback: the user's callback and 'drain' wait a tick.
// Repeated writes with the same callback in one tick share one tick (a count).
function deferAfterWrite(stream, state, cb) {
  var info = state.afterWriteTickInfo;
  if (info !== null && info.cb === cb) {
    info.count++;
  } else if (cb === nop && info !== null) {
    state.pendingcb--; // nothing to call back; the pending batch emits the 'drain'
    if (state.bits & 0x8 /* ending */) finishMaybe(stream, state, true);
  } else {
    info = state.afterWriteTickInfo = { count: 1, cb: cb, stream: stream, state: state };
    state.bits |= 0x800000; // afterWriteTick: afterWriteTickInfo !== null, as a bit onwrite tests
    process.nextTick(afterWriteTick, info);
  }
}

function afterWriteTick(info) {
  var state = info.state;
  if (state.afterWriteTickInfo === info) {
    state.afterWriteTickInfo = null;
    state.bits &= ~0x800000; // afterWriteTick
  }
  afterWrite(info.stream, state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  // (stream.destroyed, not the state's: a Duplex's is both sides')
  if ((state.bits & 0x8 /* ending */) === 0 && !stream.destroyed && state.length === 0 &&
    (state.bits & 0x4 /* needDrain */) !== 0) {
    state.bits &= ~0x4; // needDrain = false
    emit0(stream, 'drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.bits & 0x40 /* destroyed */) errorBuffer(state);
  finishMaybe(stream, state);
}

// @anchor clear-buffer
// Write out what was queued: all at once through _writev() when there is one,
// else one chunk at a time until a _write() goes asynchronous.
function clearBuffer(stream, state) {
  // (corked | bufferProcessing | destroyed | constructed: only constructed)
  if ((state.bits & 0x202440) !== 0x2000) return;
  var buffered = state.buffered;
  var i = state.bufferedIndex;
  var bufferedLength = buffered.length - i;
  if (!bufferedLength) return;
  state.bits |= 0x400; // bufferProcessing
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    var callback = state.allNoop ? nop : function (err) {
      for (var n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    var chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    wstate.resetBuffer(state);
  } else {
    do {
      var b = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, state.objectMode ? 1 : b.chunk.length, b.chunk, b.encoding, b.callback);
    } while (i < buffered.length && (state.bits & 0x100 /* writing */) === 0);
    if (i === buffered.length) wstate.resetBuffer(state);
    else if (i > 256) { buffered.splice(0, i); state.bufferedIndex = 0; }
    else state.bufferedIndex = i;
  }
  state.bits &= ~0x400; // bufferProcessing = false
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk: chunk, encoding: encoding }], cb);
  else throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_write()');
};
Writable.prototype._writev = null;

module.exports = Writable;

var end = require('internal/streams/writable_end');
var finishMaybe = end.install(Writable, { _write: _write });
var errorBuffer = end.errorBuffer; // (the destroy path's, used by onwrite's error case)
