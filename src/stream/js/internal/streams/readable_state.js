// internal/streams/readable_state: the bookkeeping of a Readable, and the
// read-only properties (readableLength, readableFlowing...) that expose it.
//
// What: ReadableState, one per Readable (stream._readableState). Every
//   decision in readable.js is a test of these fields; the comments say what
//   each one means. defineProperties(Readable.prototype) adds the getters.
// Interface: ReadableState(options, stream, isDuplex); defineProperties(proto);
//   flags: the bit of state.bits that holds each boolean field (readable.js
//   tests these bits; every name still works as a property);
//   hot: the fields flow() makes own in a burst of chunks;
//   ownArray(state, 'buffer' | 'pipes') before modifying one of those arrays;
//   fromList(n, state) takes n bytes (characters, one object) off the buffer;
//   kKnownBuffer, the encoding transform.js hands push() with a chunk it
//   knows is a Buffer.
// Invariants:
//   * length == sum of the buffered chunks' lengths (bytes, or characters once
//     setEncoding() is on), or their count in objectMode.
//   * flowing is null (nobody asked: no data is produced), true (flowing
//     mode: 'data' events) or false (paused: read() or 'readable').
//   * ended: push(null) happened; endEmitted: 'end' was emitted (it comes
//     only after ended and length === 0).
// Read first: readable.js. Node doc: api/stream.md § "Three states".
'use strict';

var hwm = require('internal/streams/state');
// Duktape.compact(obj) shrinks an object's property table to what it holds:
// a table grows in steps, so a new state would keep spare slots (~20 bytes
// measured) for as long as its stream stays idle; a busy state grows once.
var compact = Duktape.compact;
var getHighWaterMark = hwm.getHighWaterMark;

// Only the flags (bits) and what differs from the defaults below are own
// properties at creation: an idle stream (a socket nobody reads) stays small.
// A field becomes own the first time it is written. (Each own property costs
// a slot in Duktape.)
function ReadableState(options, stream, isDuplex) {
  this.bits = kDefaultBits; // (always own: every chunk reads it)
  if (options) {
    if (options.objectMode || (isDuplex && options.readableObjectMode)) this.bits |= flags.objectMode;
    this.highWaterMark = getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex);
    if (options.emitClose === false) this.bits &= ~flags.emitClose;
    if (options.autoDestroy === false) this.bits &= ~flags.autoDestroy;
    if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
    if (options.encoding) {
      var StringDecoder = require('string_decoder').StringDecoder;
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  } else {
    // Always own: the default can change (stream.setDefaultHighWaterMark).
    this.highWaterMark = hwm.getDefaultHighWaterMark(false);
  }
  compact(this);
}

// `buffer` and `pipes` start as the shared EMPTY array of
// internal/streams/state; ownArray() gives a stream its own.
var EMPTY = hwm.EMPTY;
var ownArray = hwm.ownArray;

// @anchor readable-bits
// The boolean fields, as bits of one integer, state.bits (Node v20's layout,
// its kState): a step that tests five flags reads one property, not five (a
// property read costs Duktape ~270 instructions, a bit test on a local ~90).
// Each name stays a property (an accessor on the prototype, state.js:
// flagAccessor), so state.ended = true still works, for code outside the
// stream files too (a getter costs ~3x a plain read: only cold paths use
// them). The hot paths in readable.js, writable.js, writable_end.js and
// transform.js read state.bits into a local, test it with literals, the
// names in a comment (a module variable would cost a scope lookup, ~350
// instructions, on every use): `(bits & 0x2 /* ended */) !== 0`; and store
// it back before anything that might look at the state runs. flowing,
// errored, decoder, awaitDrainWriters (and a Writable's corked) keep their
// values, and have a bit that says whether the value is truthy (state.js:
// valueAccessor): every chunk read resets awaitDrainWriters, which is null
// but while a pipe waits for 'drain', and the bit spares it that write.
// Bit 0x400000 of both kinds is kBusy (state.js: makeBusy).
var flags = {
  objectMode: 0x1,
  ended: 0x2,            // push(null) happened
  endEmitted: 0x4,
  reading: 0x8,          // a _read() call is outstanding (no push yet)
  constructed: 0x10,     // clear while _construct() runs
  sync: 0x20,            // inside _read(): 'readable' must wait a tick
  needReadable: 0x40,
  emittedReadable: 0x80,
  readableListening: 0x100,
  resumeScheduled: 0x200,
  errorEmitted: 0x400,
  emitClose: 0x800,
  autoDestroy: 0x1000,
  destroyed: 0x2000,
  closed: 0x4000,
  closeEmitted: 0x8000,
  multiAwaitDrain: 0x10000, // awaitDrainWriters is a Set (piping to several)
  readingMore: 0x20000,
  dataEmitted: 0x40000,
  // Not booleans: the bit says the field (an accessor, state.js:
  // valueAccessor) holds something.
  errored: 0x80000,      // the error that destroyed the stream
  decoder: 0x100000,     // a StringDecoder, after setEncoding()
  flowing: 0x200000,     // null (nobody asked), true (flowing) or false (paused)
  // (0x400000 is kBusy)
  awaitDrainWriters: 0x800000 // the pipe destination(s) we wait 'drain' from (or a Set of them)
  // (0x1000000, pipeToPassThrough, has no name: pipeDest is a PassThrough,
  // readable_pipe.js)
};
var kDefaultBits = flags.constructed | flags.sync | flags.emitClose | flags.autoDestroy;

// The other defaults, with what each field means.
var defaults = {
  buffer: EMPTY,          // chunks waiting to be read, oldest first
  length: 0,
  pipes: EMPTY,           // destinations of pipe()
  // One pipe()'s 'data' listener, its destination and its pausePipe(), for
  // the hand-over in readable.js (pipeHandOver); null when none.
  pipeData: null,
  pipeDest: null,
  pipePause: null,
  paused: null,           // true after pause(), false after resume()
  defaultEncoding: 'utf8',
  encoding: null
};
Object.keys(defaults).forEach(function (k) { ReadableState.prototype[k] = defaults[k]; });
Object.keys(flags).forEach(function (k) {
  if (k === 'errored' || k === 'decoder' || k === 'flowing' || k === 'awaitDrainWriters') {
    hwm.valueAccessor(ReadableState.prototype, k, flags[k], null);
  } else {
    hwm.flagAccessor(ReadableState.prototype, k, flags[k]);
  }
});

// The fields flowing mode reads for every chunk: made own by flow() once a
// burst of chunks goes through it (state.js: makeBusy). readable.js tests
// the last one to know whether that happened.
var hot = ['length', 'buffer', 'pipeData'];

function getter(proto, name, get, set) {
  Object.defineProperty(proto, name, {
    get: get, set: set, enumerable: false, configurable: true
  });
}

function defineProperties(proto) {
  getter(proto, 'readable', function () {
    var r = this._readableState;
    return !!r && r.readable !== false && (r.bits & 0x2404 /* destroyed | errorEmitted | endEmitted */) === 0;
  }, function (val) {
    if (this._readableState) this._readableState.readable = !!val;
  });
  getter(proto, 'readableDidRead', function () {
    return (this._readableState.bits & 0x40000 /* dataEmitted */) !== 0;
  });
  getter(proto, 'readableAborted', function () {
    var r = this._readableState;
    return r.readable !== false && (r.bits & 0x82000 /* destroyed | errored */) !== 0 &&
      (r.bits & 0x4 /* endEmitted */) === 0;
  });
  getter(proto, 'readableHighWaterMark', function () { return this._readableState.highWaterMark; });
  getter(proto, 'readableBuffer', function () {
    return this._readableState && this._readableState.buffer;
  });
  getter(proto, 'readableFlowing', function () { return this._readableState._flowing; },
    function (state) { if (this._readableState) this._readableState.flowing = state; });
  getter(proto, 'readableLength', function () { return this._readableState.length; });
  getter(proto, 'readableObjectMode', function () {
    return this._readableState ? (this._readableState.bits & 0x1 /* objectMode */) !== 0 : false;
  });
  getter(proto, 'readableEncoding', function () {
    return this._readableState ? this._readableState.encoding : null;
  });
  getter(proto, 'errored', function () {
    return this._readableState ? this._readableState._errored : null;
  });
  getter(proto, 'closed', function () {
    return this._readableState ? (this._readableState.bits & 0x4000 /* closed */) !== 0 : false;
  });
  getter(proto, 'destroyed', function () {
    return this._readableState ? (this._readableState.bits & 0x2000 /* destroyed */) !== 0 : false;
  }, function (value) {
    if (this._readableState) this._readableState.destroyed = value;
  });
  getter(proto, 'readableEnded', function () {
    return this._readableState ? (this._readableState.bits & 0x4 /* endEmitted */) !== 0 : false;
  });
}

// @anchor from-list
// Take n bytes (characters, or one object) off the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;
  var buf = state.buffer;
  var ret;
  if (state.objectMode) return buf.shift();
  if (!n || n >= state.length) {
    if (state.decoder) ret = buf.join('');
    else if (buf.length === 1) return buf.pop(); // no new array per chunk
    else ret = Buffer.concat(buf, state.length);
    state.buffer = EMPTY;
    return ret;
  }
  if (n === buf[0].length) return buf.shift(); // exactly the first chunk: flowing mode's case
  return consumeFromBuffer(n, buf, !!state.decoder);
}

function consumeFromBuffer(n, buf, isString) {
  var first = buf[0];
  if (n < first.length) {
    buf[0] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return buf.shift();
  var parts = [];
  var got = 0;
  while (got < n) {
    var data = buf[0];
    var take = Math.min(n - got, data.length);
    parts.push(take === data.length ? data : data.slice(0, take));
    if (take === data.length) buf.shift();
    else buf[0] = data.slice(take);
    got += take;
  }
  return isString ? parts.join('') : Buffer.concat(parts, n);
}

module.exports = {
  ReadableState: ReadableState, defineProperties: defineProperties, ownArray: ownArray, EMPTY: EMPTY,
  fromList: fromList, hot: hot, flags: flags,
  // push(chunk, kKnownBuffer): "chunk is a Buffer, no need to test it"
  // (transform.js, for a PassThrough's output; never seen by users).
  kKnownBuffer: Object.freeze({})
};
