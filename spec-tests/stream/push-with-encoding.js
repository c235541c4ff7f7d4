// doc: stream.md § "readable.push(chunk[, encoding])"
// push(string, encoding) decodes the string with that encoding into bytes.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('68656c6c6f', 'hex'); r.push(null);
r.on('data', function (c) { console.log(c.toString()); });
// expect: hello
