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
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function (chunk, encoding, cb) {
  cb(null, chunk);
};

module.exports = PassThrough;
