// doc: stream.md § "stream.pipeline(source[, ...transforms], destination, callback)"
// pipeline() pipes through every stage and calls back once with no error.
var stream = require('stream');

var out = '';
stream.pipeline(
  stream.Readable.from(['a', 'b', 'c']),
  new stream.Transform({ transform: function (c, e, cb) { cb(null, c.toString().toUpperCase()); } }),
  new stream.Writable({ write: function (c, e, cb) { out += c; cb(); } }),
  function (err) { console.log('done', err, out); }
);
// expect: done undefined ABC
