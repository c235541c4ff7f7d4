// doc: stream.md § "writable.writableLength", "readable.readableLength"
// While a piped PassThrough's chunk is being written downstream, the chunk still counts in the PassThrough's writableLength (not in its readableLength), and no longer once written.
// (minode passes the chunk through a stock PassThrough without its _write; the counts must stay Node's.)
var stream = require('stream');

var mid = new stream.PassThrough({ highWaterMark: 4 });
var seen = [];
var dst = new stream.Writable({
  highWaterMark: 4,
  write: function (c, e, cb) {
    seen.push(c.length + ':' + mid.writableLength + '/' + mid.readableLength + '/' + mid.writableNeedDrain);
    cb();
  }
});
mid.pipe(dst);
console.log(mid.write(Buffer.from('abcdef')), mid.writableLength);
console.log(mid.write(Buffer.from('xy')), mid.writableLength);
mid.end();
dst.on('finish', function () { console.log(seen.join(' ')); });
// expect: true 0
// expect: true 0
// expect: 6:6/0/false 2:2/0/false
