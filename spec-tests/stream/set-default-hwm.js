// doc: stream.md § "stream.setDefaultHighWaterMark(objectMode, value)"
// setDefaultHighWaterMark changes the default for streams created afterwards.
var stream = require('stream');

var before = new stream.Readable();
stream.setDefaultHighWaterMark(false, 1024);
console.log(before.readableHighWaterMark, new stream.Readable().readableHighWaterMark);
console.log(stream.getDefaultHighWaterMark(false));
// expect: 16384 1024
// expect: 1024
