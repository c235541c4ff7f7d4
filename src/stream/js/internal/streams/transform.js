// internal/streams/transform: stream.Transform, a Duplex whose output is
// computed from its input (zlib, a line splitter, a cipher).
//
// What: _write(chunk) calls the implementer's _transform(chunk, enc, cb); what
//   it push()es (or passes to cb(null, data)) comes out of the readable side.
//   end() leads to _flush(cb) (the last output), then push(null).
// Interface: new Transform({ transform, flush, ...Duplex options }),
//   _transform(chunk, encoding, callback), _flush(callback).
// Invariants (backpressure across the two sides):
//   * The write callback is held back (kCallback) while the readable side is
//     full; the next _read() (a consumer wants more) releases it, which lets
//     the next chunk in. So a Transform nobody reads stops accepting writes.
//   * 'close' comes only after both 'finish' (writable side) and 'end'
//     (readable side); between those two the order depends on timing.
// Read first: duplex.js. Node doc: api/stream.md § "Class: stream.Transform",
//   "Implementing a transform stream".
'use strict';

var errors = require('internal/errors');
var Duplex = require('internal/streams/duplex');
var readablePush = require('internal/streams/readable').prototype.push;
var kKnownBuffer = require('internal/streams/readable_state').kKnownBuffer;
var getHighWaterMark = require('internal/streams/state').getHighWaterMark;
var passThroughTransform = require('internal/streams/utils').passThroughTransform;
var wstate = require('internal/streams/writable_state');
// The stock write() and writeBuffer() of writable.js, and maybeReadMore() of
// readable.js (both loaded by now: duplex.js requires them).
var writableWrite = wstate.fast.write;
var writeBuffer = wstate.fast.writeBuffer;
var maybeReadMore = wstate.fast.maybeReadMore;
var EEemit = require('events').prototype.emit;
var nop = require('internal/streams/utils').nop;

var kCallback = Symbol('kCallback');
var kPending = Symbol('kPending'); // { callback, length, afterTransform } of the _write in flight

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  var readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    // A zero readable mark would stall: Node's special case, copied.
    options = Object.assign({}, options, {
      highWaterMark: null,
      readableHighWaterMark: readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0
    });
  }
  Duplex.call(this, options);
  this._readableState.sync = false; // push() from _transform is never "inside _read"
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) cb(er);
        else self.destroy(er);
        return;
      }
      if (data != null) self.push(data);
      self.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function () {
  throw new errors.codes.ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

// @anchor transform-write
// One _write() is in flight at a time (Writable's invariant), so the state of
// the pending one (its callback, the readable length before it) lives on the
// stream, and _transform gets the same per-stream callback every time: no
// closure per chunk (a Duktape closure costs ~8,000 instructions).
Transform.prototype._write = function (chunk, encoding, callback) {
  var transform = this._transform;
  if (transform === passThroughTransform) {
    // @anchor pass-through-write
    // A PassThrough: _transform's cb(null, chunk), then afterTransform(),
    // written out. Outside objectMode, Writable hands _write a Buffer or a
    // string (decodeStrings: false, any encoding): anything else with
    // 'buffer' is a Buffer, and push() need not test it again.
    var rState = this._readableState;
    var wState = this._writableState;
    var length = rState.length;
    var push = this.push;
    // (The flags as bits: readable_state.js, @anchor readable-bits.)
    if (encoding === 'buffer' && typeof chunk !== 'string' && push === readablePush &&
      (wState.bits & 0x1 /* objectMode */) === 0) {
      push.call(this, chunk, kKnownBuffer);
    } else if (chunk != null) {
      push.call(this, chunk);
    }
    var after = rState.length;
    if (rState.bits & 0x2 /* ended */) process.nextTick(callback);
    else if (length === after || after < rState.highWaterMark ||
      (wState.bits & 0x10 /* ended */) !== 0) callback(); // (cheapest test first)
    else this[kCallback] = callback;
    return;
  }
  var pending = this[kPending];
  if (pending === void 0) pending = this[kPending] = newPending(this);
  pending.callback = callback;
  pending.length = this._readableState.length;
  transform.call(this, chunk, encoding, pending.afterTransform);
};
var transformWrite = Transform.prototype._write;

// @anchor pass-through-buffer
// writeBuffer(stream, chunk, len) (writable.js) for a PassThrough (bit
// 0x1000000 of its writable state, set by its constructor); also called
// straight from readable.js's pipe hand-over when a pipe leads into one.
// While the PassThrough is stock (its _write, _transform, push and emit the
// prototypes'), a byte stream with nothing in flight, flowing into a pipe()
// whose listener is its only 'data' one: what writeBuffer(), _write's
// pass-through branch (@anchor pass-through-write), push()'s hand-over and
// the write's callback would do, done here: three calls and a bound callback
// less per chunk. Anything else: writeBuffer()'s general path.
//
// A bound function: its first seven arguments, the stock functions it
// compares with or calls, are locals (a module variable costs Duktape a
// scope lookup, ~300 instructions, on every use; the binding ~250 a call).
function passThroughWrite(transformWrite, passThroughTransform, readablePush, EEemit, writableWrite,
  writeBuffer, EMPTY, stream, chunk, len) {
  var state = stream._writableState;
  var bits = state.bits;
  var rState = stream._readableState;
  var rbits = rState.bits;
  var events, dest;
  // (Cheapest tests first; the flags: readable_state.js, @anchor readable-bits.)
  if ((bits & 0x302149 /* objectMode | ending | destroyed | writing | errored | corked | constructed */) !== 0x2000 ||
    (rbits & 0x382023 /* flowing | objectMode | ended | sync | destroyed | errored | decoder */) !== 0x200000 ||
    len === 0 || rState.length !== 0 || stream._write !== transformWrite ||
    stream._transform !== passThroughTransform || stream.push !== readablePush ||
    (events = stream._events) === void 0 || events.data !== rState.pipeData ||
    stream.emit !== EEemit || (dest = rState.pipeDest).write !== writableWrite) {
    return writeBuffer(stream, chunk, len, true);
  }
  // The chunk is in flight while the destination writes it: it counts in
  // writableLength, and a write() meanwhile is queued behind it. (pendingcb,
  // writecb, writelen and sync are read only by onwrite(), which the common
  // case below does not call: settleLater() sets them first.)
  state.length += len;
  state.bits = bits | 0x100; // writing
  // push()'s hand-over (readable.js, @anchor push)
  if (rbits & 0x10000 /* multiAwaitDrain */) rState.awaitDrainWriters.clear();
  else if (rbits & 0x800000 /* awaitDrainWriters */) { rState.awaitDrainWriters = null; rbits &= ~0x800000; }
  rState.bits = (rbits & ~0x8 /* reading */) | 0x40000; // dataEmitted
  if (writeBuffer(dest, chunk, len) === false) rState.pipePause();
  rbits = rState.bits;
  if ((rbits & 0x20000 /* readingMore */) === 0) maybeReadMore(stream, rState);
  // The write's callback, as _write and onwrite() would take it: settled at
  // once unless the readable side grew or ended, or user code (the
  // destination's write) queued, ended, destroyed or errored this stream, or
  // a 'drain' or deferred callbacks are due.
  bits = state.bits;
  if ((rbits & 0x2 /* ended */) === 0 && rState.length === 0 && state.buffered === EMPTY &&
    (bits & 0x90004c /* afterWriteTick | errored | destroyed | ending | needDrain */) === 0) {
    state.bits = bits & ~0x100; // writing = false
    state.length = len = state.length - len;
    if (len === 0 || len < state.highWaterMark) return true; // (writeBuffer's ending)
    state.bits = bits & ~0x100 | 0x4; // needDrain
    return false;
  }
  return settleLater(stream, state, len);
}

// The general end of passThroughWrite(): the write as writeBuffer() would
// have left it, then its callback as _write would call it (afterPush), then
// writeBuffer()'s ending.
function settleLater(stream, state, len) {
  state.pendingcb++;
  state.writelen = len;
  state.writecb = nop;
  state.bits |= 0x200; // sync: as inside _write
  afterPush(stream, 0, state.onwrite || wstate.fast.onwriteOf(stream, state));
  var bits = state.bits &= ~0x200; // sync = false
  len = state.length;
  if (len === 0 || len < state.highWaterMark) return (bits & 0x100040 /* destroyed | errored */) === 0;
  state.bits = bits | 0x4; // needDrain
  return false;
}
passThroughWrite = passThroughWrite.bind(void 0, transformWrite, passThroughTransform,
  readablePush, EEemit, writableWrite, writeBuffer, require('internal/streams/state').EMPTY);
wstate.fast.setPassThroughWrite(passThroughWrite);
wstate.fast.setReadablePassThroughWrite(passThroughWrite);

function newPending(stream) {
  var pending = { callback: null, length: 0, afterTransform: null };
  pending.afterTransform = afterTransform.bind(void 0, stream, pending); // cheaper than a closure
  return pending;
}

function afterTransform(stream, pending, err, val) {
  var callback = pending.callback;
  if (err) {
    callback(err);
    return;
  }
  if (val != null) stream.push(val);
  afterPush(stream, pending.length, callback);
}

// The write is done once its output is pushed: call back now, unless the
// readable side is over its mark (lengthBefore: its length before the push).
function afterPush(stream, lengthBefore, callback) {
  var rState = stream._readableState;
  if (rState.ended) {
    process.nextTick(callback); // push(null) inside _transform: let the state settle
  } else if (stream._writableState.ended || lengthBefore === rState.length ||
    rState.length < rState.highWaterMark) {
    callback();
  } else {
    stream[kCallback] = callback; // readable side full: wait for _read()
  }
}

Transform.prototype._read = function () {
  if (this[kCallback]) {
    var callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

module.exports = Transform;
