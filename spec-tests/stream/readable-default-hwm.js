// doc: stream.md § "new stream.Readable([options])"
// The default highWaterMark is 16384 bytes, or 16 in objectMode.
var stream = require('stream');

console.log(new stream.Readable().readableHighWaterMark);
console.log(new stream.Readable({ objectMode: true }).readableHighWaterMark);
console.log(new stream.Writable().writableHighWaterMark);
console.log(new stream.Writable({ objectMode: true }).writableHighWaterMark);
// expect: 16384
// expect: 16
// expect: 16384
// expect: 16
