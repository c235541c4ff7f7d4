// internal/streams/readable_read: read([n]) and the end of a Readable.
//
// What: the general read(n) of paused mode ('readable' + read(), read(0) to
//   prime the buffer, read(n) for exactly n bytes), the default _read(), and
//   how the stream ends: endReadable() schedules 'end' once the buffer is
//   empty after push(null). Flowing mode's per-chunk read() is readChunk() in
//   readable.js: this read() with n = NaN written out.
// Interface: install(Readable, core) adds read, _read, setEncoding, isPaused
//   to Readable.prototype; core = { emitReadable, readChunk, EEemit,
//   writableWrite, writeBuffer } from readable.js.
//   exports.endReadable(stream) for readable.js.
// Invariants:
//   * read() calls _read() only when readable.js's shouldCallRead would: not
//     while one is outstanding, not before construction, not after the end.
//   * 'end' is emitted once, a tick after the buffer ran empty with ended
//     set, never after 'error' or 'close'.
// Read first: readable_state.js (the bits), readable.js.
// Node doc: api/stream.md § "readable.read([size])", "Event: 'end'".
'use strict';

var fastEmit = require('internal/events/fast_emit');
var emit0 = fastEmit.emit0;
var emit1 = fastEmit.emit1;
var codes = require('internal/errors').codes;
var errorOrDestroy = require('internal/streams/destroy').errorOrDestroy;
var fromList = require('internal/streams/readable_state').fromList;

var emitReadable = null; // from readable.js, by install()

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
function read(n) {
  var state = this._readableState;
  if (n === void 0) return readChunk(this, state, EEemit, writableWrite, writeBuffer);
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
    else if (bits & 0x800000 /* awaitDrainWriters */) { state.awaitDrainWriters = null; bits &= ~0x800000; }
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
}

// Ask the implementation for more when what is left after this read would be
// below the mark, unless it cannot or must not be asked.
function shouldCallRead(state, n) {
  var bits = state.bits;
  if ((bits & 0x8201a /* ended | reading | destroyed | errored | constructed */) !== 0x10) {
    return false;
  }
  return (bits & 0x40 /* needReadable */) !== 0 || state.length === 0 || state.length - n < state.highWaterMark;
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

function isPaused() {
  var state = this._readableState;
  return state.paused === true || state._flowing === false; // (state.js: valueAccessor)
}

function setEncoding(enc) {
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
}

// From readable.js, by install(): readChunk and the constants it takes.
var readChunk = null;
var EEemit = null;
var writableWrite = null;
var writeBuffer = null;

exports.endReadable = endReadable;
exports.install = function (Readable, core) {
  emitReadable = core.emitReadable;
  readChunk = core.readChunk;
  EEemit = core.EEemit;
  writableWrite = core.writableWrite;
  writeBuffer = core.writeBuffer;
  Readable.prototype.read = read;
  Readable.prototype._read = function (n) {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_read()');
  };
  Readable.prototype.setEncoding = setEncoding;
  Readable.prototype.isPaused = isPaused;
};
