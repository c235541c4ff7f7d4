// doc: stream.md § "readable.read([size])"
// read() returns null once the stream has ended.
var stream = require('stream');

var r = new stream.Readable({ read: function () { this.push('x'); this.push(null); } });
r.on('readable', function () {
  var c;
  while ((c = r.read()) !== null) console.log('chunk', c.toString());
});
r.on('end', function () { console.log('end', r.read()); });
// expect: chunk x
// expect: end null
