// internal/streams/readable_state: the bookkeeping of a Readable, and the
// read-only properties (readableLength, readableFlowing...) that expose it.
//
// What: ReadableState, one per Readable (stream._readableState). Every
//   decision in readable.js is a test of these fields; the comments say what
//   each one means. defineProperties(Readable.prototype) adds the getters.
// Interface: ReadableState(options, stream, isDuplex); defineProperties(proto).
// Invariants:
//   * length == sum of the buffered chunks' lengths (bytes, or characters once
//     setEncoding() is on), or their count in objectMode.
//   * flowing is null (nobody asked: no data is produced), true (flowing
//     mode: 'data' events) or false (paused: read() or 'readable').
//   * ended: push(null) happened; endEmitted: 'end' was emitted (it comes
//     only after ended and length === 0).
// Read first: readable.js. Node doc: api/stream.md § "Three states".
'use strict';

var getHighWaterMark = require('internal/streams/state').getHighWaterMark;

function ReadableState(options, stream, isDuplex) {
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getHighWaterMark(this, {}, 'readableHighWaterMark', false);
  this.buffer = [];        // chunks waiting to be read, oldest first
  this.length = 0;
  this.pipes = [];         // destinations of pipe()
  this.flowing = null;
  this.paused = null;      // true after pause(), false after resume()
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;    // a _read() call is outstanding (no push yet)
  this.constructed = true; // false while _construct() runs
  this.sync = true;        // inside _read(): 'readable' must wait a tick
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.awaitDrainWriters = null; // the pipe destination(s) we wait 'drain' from
  this.multiAwaitDrain = false;  // ...a Set of them when piping to several
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    var StringDecoder = require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

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

module.exports = { ReadableState: ReadableState, defineProperties: defineProperties };
