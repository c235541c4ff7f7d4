// doc: stream.md § "readable.pipe(destination[, options])"
// A pipe that got false from write() waits for that destination's 'drain';
// a chunk that flows anyway (the source resumed by hand) ends that wait:
// a 'data' listener sees no destination awaited when the next chunk comes.
var stream = require('stream');

var src = new stream.Readable({ read: function () {} });
var dst = new stream.Writable({
  highWaterMark: 1,
  write: function (c, e, cb) { setTimeout(cb, 20); }
});
src.on('data', function (c) { // before pipe()'s own listener
  console.log('data ' + c + ' awaiting ' + (src._readableState.awaitDrainWriters === dst));
});
src.pipe(dst);
src.push('a');
setTimeout(function () {
  console.log('paused ' + src.isPaused() + ' awaiting ' + (src._readableState.awaitDrainWriters === dst));
  src.resume();
  setTimeout(function () { src.push('b'); }, 1);
}, 5);
// expect: data a awaiting false
// expect: paused true awaiting true
// expect: data b awaiting false
