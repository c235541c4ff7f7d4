// doc: stream.md § "stream.finished(stream[, options], callback)"
// finished() on a stream that already finished calls back on a later tick.
var stream = require('stream');

var r = stream.Readable.from(['a']);
r.resume();
r.on('close', function () {
  stream.finished(r, function (err) { console.log('late finished', err); });
  console.log('registered');
});
// expect: registered
// expect: late finished undefined
