// doc: stream.md § "readable[Symbol.asyncIterator]()"
// Leaving a for await loop early (the iterator's return(), which break calls) destroys the stream.
var stream = require('stream');

var r = new stream.Readable({ objectMode: true, read: function () { this.push(1); } });
r.on('close', function () { console.log('close'); });
var it = r[Symbol.asyncIterator]();
it.next().then(function (step) {
  console.log('got', step.value);
  return it['return']();
}).then(function (res) {
  console.log('returned', res.done, 'destroyed', r.destroyed);
});
// expect: got 1
// expect: returned true destroyed true
// expect: close
