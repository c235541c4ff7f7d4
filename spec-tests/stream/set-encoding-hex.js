// doc: stream.md § "readable.setEncoding(encoding)"
// setEncoding('hex') delivers hex strings.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.setEncoding('hex');
r.push(Buffer.from([1, 171, 255])); r.push(null);
r.on('data', function (c) { console.log(c); });
// expect: 01abff
