// doc: stream.md § "readable.setEncoding(encoding)"
// setEncoding('base64') keeps 3-byte groups together across chunks.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.setEncoding('base64');
r.push(Buffer.from('ab')); r.push(Buffer.from('cd')); r.push(null);
var s = '';
r.on('data', function (c) { s += c; });
r.on('end', function () { console.log(s, Buffer.from(s, 'base64').toString()); });
// expect: YWJjZA== abcd
