// doc: stream.md § "Event: 'data'"
// Data already buffered is delivered on a later tick, not inside on('data').
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('x');
r.on('data', function (c) { console.log('data', c.toString()); });
console.log('after on');
// expect: after on
// expect: data x
