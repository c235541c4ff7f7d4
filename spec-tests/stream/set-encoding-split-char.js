// doc: stream.md § "readable.setEncoding(encoding)"
// With an encoding set, a multi-byte character split across chunks is decoded whole.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.setEncoding('utf8');
var euro = Buffer.from('€');
r.push(euro.slice(0, 1)); r.push(euro.slice(1)); r.push(null);
var out = [];
r.on('data', function (c) { out.push(c); });
r.on('end', function () { console.log(out.length, out.join('')); });
// expect: 1 €
