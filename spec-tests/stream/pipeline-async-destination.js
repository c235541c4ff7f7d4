// doc: stream.md § "stream.pipeline(source[, ...transforms], destination, callback)"
// The destination may be an async function consuming the source; its result is passed to the callback.
var stream = require('stream');

stream.pipeline(stream.Readable.from(['a', 'bb', 'ccc']), async function (source) {
  var n = 0;
  for await (var c of source) n += c.length;
  return n;
}, function (err, value) { console.log(err, value); });
// expect: undefined 6
