// doc: stream.md § "Event: 'drain'"
// After 'drain' the source flows again and the rest of the data arrives.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var got = '';
var w = new stream.Writable({ highWaterMark: 2, write: function (c, e, cb) { got += c; setTimeout(cb, 2); } });
r.pipe(w);
r.push('xyz'); r.push('123'); r.push(null);
w.on('finish', function () { console.log(got, r.readableFlowing); });
// expect: xyz123 false
