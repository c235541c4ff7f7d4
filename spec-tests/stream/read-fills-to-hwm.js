// doc: stream.md § "Buffering"
// A paused Readable keeps calling _read until highWaterMark bytes are buffered, then stops.
var stream = require('stream');

var calls = 0;
var r = new stream.Readable({ highWaterMark: 10, read: function () { calls++; this.push('abc'); } });
r.read(0);
setTimeout(function () { console.log('calls', calls, 'buffered', r.readableLength); }, 20);
// expect: calls 4 buffered 12
