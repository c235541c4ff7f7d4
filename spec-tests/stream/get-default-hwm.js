// doc: stream.md § "stream.getDefaultHighWaterMark(objectMode)"
// getDefaultHighWaterMark returns 16384 for bytes and 16 for objects (v20 behaviour; its doc text says 65536).
var stream = require('stream');

console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
// expect: 16384 16
