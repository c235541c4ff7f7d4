// doc: stream.md § "Two reading modes"
// Attaching a 'data' listener switches the stream into flowing mode.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('a'); r.push('b'); r.push(null);
r.on('data', function (c) { console.log('data', c.toString()); });
console.log('flowing', r.readableFlowing);
r.on('end', function () { console.log('end'); });
// expect: flowing true
// expect: data a
// expect: data b
// expect: end
