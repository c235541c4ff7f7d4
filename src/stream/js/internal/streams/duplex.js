// internal/streams/duplex: stream.Duplex, a Readable and a Writable in one object.
//
// What: the two sides are independent streams sharing an EventEmitter (a TCP
//   socket: what you write goes out, what you read came in). Duplex inherits
//   from Readable and copies Writable's methods; `duplex instanceof Writable`
//   still holds (Writable[Symbol.hasInstance] in writable.js).
// Interface: new Duplex({ allowHalfOpen, readable, writable, readableObjectMode,
//   writableObjectMode, readableHighWaterMark, writableHighWaterMark, ...every
//   Readable and Writable option }); duplexPair([options]) in duplex_pair.js.
// Invariants:
//   * allowHalfOpen (default true): when false, the writable side is ended
//     once the readable side emits 'end' (readable.js: endReadableNT).
//   * With autoDestroy, the stream is destroyed (and 'close' emitted) only
//     when both sides are done: 'end' emitted and 'finish' emitted.
// Read first: readable.js, writable.js. Node doc: api/stream.md § "Class: stream.Duplex".
'use strict';

var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

(function copyWritableMethods() {
  var keys = Object.keys(Writable.prototype);
  for (var i = 0; i < keys.length; i++) {
    if (!Duplex.prototype[keys[i]]) Duplex.prototype[keys[i]] = Writable.prototype[keys[i]];
  }
  var names = ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
    'writableLength', 'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain'];
  for (var j = 0; j < names.length; j++) {
    Object.defineProperty(Duplex.prototype, names[j],
      Object.getOwnPropertyDescriptor(Writable.prototype, names[j]));
  }
})();

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get: function () {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    // (the flags as bits: readable_state.js, writable_state.js)
    return (this._readableState.bits & 0x2000) !== 0 && (this._writableState.bits & 0x40) !== 0;
  },
  set: function (value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
  enumerable: false, configurable: true
});

Duplex.from = function () {
  throw require('internal/errors').notImplemented('stream.Duplex.from');
};
Duplex.fromWeb = function () {
  throw require('internal/errors').notImplemented('stream.Duplex.fromWeb');
};
Duplex.toWeb = function () {
  throw require('internal/errors').notImplemented('stream.Duplex.toWeb');
};

module.exports = Duplex;
