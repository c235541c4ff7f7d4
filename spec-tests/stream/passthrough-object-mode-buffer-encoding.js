// doc: stream.md § "Object mode", "Class: stream.PassThrough"
// In objectMode any value passes through a PassThrough unchanged, whatever encoding it was written with.
var stream = require('stream');

var p = new stream.PassThrough({ objectMode: true });
var out = [];
p.on('data', function (c) { out.push(typeof c + ':' + JSON.stringify(c)); });
p.on('end', function () { console.log(out.join(' ')); });
p.write({ a: 1 }, 'buffer');
p.write('s', 'buffer');
p.end(7);
// expect: object:{"a":1} string:"s" number:7
