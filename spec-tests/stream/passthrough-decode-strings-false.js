// doc: stream.md § "new stream.Writable([options])" (decodeStrings), "Class: stream.PassThrough"
// With decodeStrings: false a PassThrough gets strings as they were written, even with the
// encoding 'buffer', and its readable side turns them into Buffers.
var stream = require('stream');

var p = new stream.PassThrough({ decodeStrings: false });
var out = [];
p.on('data', function (c) { out.push(Buffer.isBuffer(c) + ':' + c.toString()); });
p.on('end', function () { console.log(out.join(' ')); });
p.write('abc', 'buffer');
p.write(Buffer.from('def'));
p.end();
// expect: true:abc true:def
