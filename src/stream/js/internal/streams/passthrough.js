// internal/streams/passthrough: stream.PassThrough, the identity Transform.
//
// What: every chunk written comes out unchanged; useful as a buffer with
//   backpressure, a tap, or a placeholder in a pipeline.
// Interface: new PassThrough([options]) (Transform's options).
// Invariants: output == input, chunk for chunk.
// Read first: transform.js. Node doc: api/stream.md § "Class: stream.PassThrough".
'use strict';

var Transform = require('internal/streams/transform');

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
  // passThrough: writeBuffer() hands a chunk to transform.js's
  // passThroughWrite() (@anchor pass-through-buffer), which takes it while
  // this stream is a stock PassThrough.
  this._writableState.bits |= 0x1000000;
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

// cb(null, chunk). Transform's _write recognises this very function and
// pushes the chunk itself, without the round trip through a callback.
PassThrough.prototype._transform = require('internal/streams/utils').passThroughTransform;

module.exports = PassThrough;
