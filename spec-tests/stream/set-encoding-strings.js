// doc: stream.md § "readable.setEncoding(encoding)"
// setEncoding('utf8') makes 'data' deliver strings instead of Buffers.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.setEncoding('utf8');
r.push(Buffer.from('héllo'));
r.push(null);
r.on('data', function (c) { console.log(typeof c, c); });
console.log(r.readableEncoding);
// expect: utf8
// expect: string héllo
