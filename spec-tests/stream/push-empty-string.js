// doc: stream.md § "readable.push('')"
// push('') adds nothing and does not end the stream.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
console.log(r.push(''), r.readableLength, r.readableEnded);
r.push('a'); r.push(null);
r.on('data', function (c) { console.log('data', c.toString()); });
r.on('end', function () { console.log('end'); });
// expect: true 0 false
// expect: data a
// expect: end
