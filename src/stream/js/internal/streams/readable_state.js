// internal/streams/readable_state: the bookkeeping of a Readable, and the
// read-only properties (readableLength, readableFlowing...) that expose it.
//
// What: ReadableState, one per Readable (stream._readableState). Every
//   decision in readable.js is a test of these fields; the comments say what
//   each one means. defineProperties(Readable.prototype) adds the getters.
// Interface: ReadableState(options, stream, isDuplex); defineProperties(proto);
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

// Only what differs from the defaults below is an own property at creation:
// an idle stream (a socket nobody reads) stays small. A field becomes own the
// first time it is written. (Each own property costs a slot in Duktape.)
function ReadableState(options, stream, isDuplex) {
  if (options) {
    if (options.objectMode || (isDuplex && options.readableObjectMode)) this.objectMode = true;
    this.highWaterMark = getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex);
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
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

// The defaults, with what each field means.
var defaults = {
  objectMode: false,
  buffer: EMPTY,          // chunks waiting to be read, oldest first
  length: 0,
  pipes: EMPTY,           // destinations of pipe()
  flowing: null,
  paused: null,           // true after pause(), false after resume()
  ended: false,
  endEmitted: false,
  reading: false,         // a _read() call is outstanding (no push yet)
  constructed: true,      // false while _construct() runs
  sync: true,             // inside _read(): 'readable' must wait a tick
  needReadable: false,
  emittedReadable: false,
  readableListening: false,
  resumeScheduled: false,
  errorEmitted: false,
  emitClose: true,
  autoDestroy: true,
  destroyed: false,
  errored: null,
  closed: false,
  closeEmitted: false,
  defaultEncoding: 'utf8',
  awaitDrainWriters: null, // the pipe destination(s) we wait 'drain' from
  multiAwaitDrain: false,  // ...a Set of them when piping to several
  readingMore: false,
  dataEmitted: false,
  decoder: null,
  encoding: null
};
Object.keys(defaults).forEach(function (k) { ReadableState.prototype[k] = defaults[k]; });

// The fields flowing mode reads for every chunk: made own by flow() once a
// burst of chunks goes through it (state.js: makeBusy). readable.js tests
// the last one to know whether that happened.
var hot = ['flowing', 'length', 'buffer', 'reading', 'sync', 'needReadable', 'emittedReadable',
  'ended', 'destroyed', 'errored', 'constructed', 'objectMode', 'decoder', 'readingMore',
  'multiAwaitDrain', 'awaitDrainWriters', 'dataEmitted', 'errorEmitted', 'closeEmitted'];

function getter(proto, name, get, set) {
  Object.defineProperty(proto, name, {
    get: get, set: set, enumerable: false, configurable: true
  });
}

function defineProperties(proto) {
  getter(proto, 'readable', function () {
    var r = this._readableState;
    return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
  }, function (val) {
    if (this._readableState) this._readableState.readable = !!val;
  });
  getter(proto, 'readableDidRead', function () { return this._readableState.dataEmitted; });
  getter(proto, 'readableAborted', function () {
    var r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  });
  getter(proto, 'readableHighWaterMark', function () { return this._readableState.highWaterMark; });
  getter(proto, 'readableBuffer', function () {
    return this._readableState && this._readableState.buffer;
  });
  getter(proto, 'readableFlowing', function () { return this._readableState.flowing; },
    function (state) { if (this._readableState) this._readableState.flowing = state; });
  getter(proto, 'readableLength', function () { return this._readableState.length; });
  getter(proto, 'readableObjectMode', function () {
    return this._readableState ? this._readableState.objectMode : false;
  });
  getter(proto, 'readableEncoding', function () {
    return this._readableState ? this._readableState.encoding : null;
  });
  getter(proto, 'errored', function () {
    return this._readableState ? this._readableState.errored : null;
  });
  getter(proto, 'closed', function () {
    return this._readableState ? this._readableState.closed : false;
  });
  getter(proto, 'destroyed', function () {
    return this._readableState ? this._readableState.destroyed : false;
  }, function (value) {
    if (this._readableState) this._readableState.destroyed = value;
  });
  getter(proto, 'readableEnded', function () {
    return this._readableState ? this._readableState.endEmitted : false;
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
  fromList: fromList, hot: hot,
  // push(chunk, kKnownBuffer): "chunk is a Buffer, no need to test it"
  // (transform.js, for a PassThrough's output; never seen by users).
  kKnownBuffer: Object.freeze({})
};
