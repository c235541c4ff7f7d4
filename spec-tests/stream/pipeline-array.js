// doc: stream.md § "stream.pipeline(streams, callback)"
// pipeline() also takes the streams as an array.
var stream = require('stream');

var out = [];
stream.pipeline([
  stream.Readable.from(['1', '2']),
  new stream.Writable({ objectMode: true, write: function (c, e, cb) { out.push(c); cb(); } })
], function (err) { console.log(err, out.join(',')); });
// expect: undefined 1,2
