// internal/streams/duplex_pair: stream.duplexPair([options]).
//
// What: two Duplex streams wired back to back: what is written to one is read
//   from the other (an in-memory socket pair, handy in tests).
// Interface: duplexPair([options]) -> [side0, side1].
// Invariants: a write's callback runs only once the other side's reader asked
//   for more (_read), so backpressure crosses the pair; end() on one side
//   ends the other's readable side and finishes after that 'end'.
// Read first: duplex.js. Node doc: api/stream.md § "stream.duplexPair([options])".
'use strict';

var Duplex = require('internal/streams/duplex');

var kCallback = Symbol('Callback');
var kOtherSide = Symbol('OtherSide');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kCallback] = null;
  this[kOtherSide] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);

DuplexSide.prototype._read = function () {
  var callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

DuplexSide.prototype._write = function (chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
  } else {
    this[kOtherSide].push(chunk);
    this[kOtherSide][kCallback] = callback;
  }
};

DuplexSide.prototype._final = function (callback) {
  this[kOtherSide].on('end', callback);
  this[kOtherSide].push(null);
};

function duplexPair(options) {
  var side0 = new DuplexSide(options);
  var side1 = new DuplexSide(options);
  side0[kOtherSide] = side1;
  side1[kOtherSide] = side0;
  return [side0, side1];
}

module.exports = duplexPair;
