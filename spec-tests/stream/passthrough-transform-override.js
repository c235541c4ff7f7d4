// doc: stream.md § "Class: stream.PassThrough", "transform._transform(chunk, encoding, callback)"
// A PassThrough whose _transform is replaced on the instance runs the replacement.
// (minode's PassThrough pushes a chunk itself while _transform is the stock one.)
var stream = require('stream');

var p = new stream.PassThrough();
p._transform = function (chunk, enc, cb) { cb(null, Buffer.from(chunk.toString().toUpperCase())); };
var out = [];
p.on('data', function (c) { out.push(c.toString()); });
p.on('end', function () { console.log(out.join(',')); });
p.write(Buffer.from('abc'));
p.end('def');
// expect: ABC,DEF
