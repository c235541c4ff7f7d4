// doc: stream.md § "readable.pipe(destination[, options])"
// Every chunk reaches the destination, in order, and the destination is ended.
var stream = require('stream');

var out = [];
var w = new stream.Writable({ write: function (c, e, cb) { out.push(c.toString()); cb(); } });
stream.Readable.from(['a', 'b', 'c'], { objectMode: false }).pipe(w);
w.on('finish', function () { console.log(out.join(',')); });
// expect: a,b,c
