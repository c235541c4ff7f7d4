// doc: stream.md § "Class: stream.PassThrough"
// PassThrough outputs exactly what is written.
var stream = require('stream');

var p = new stream.PassThrough();
var out = [];
p.on('data', function (c) { out.push(c.toString()); });
p.on('end', function () { console.log(out.join(',')); });
p.write('a'); p.write(Buffer.from('b')); p.end(new Uint8Array([99]));
// expect: a,b,c
