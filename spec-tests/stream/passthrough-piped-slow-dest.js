// doc: stream.md § "Event: 'drain'", "Class: stream.PassThrough"
// A piped PassThrough in front of a destination that calls back later reports backpressure from write() and emits 'drain' as Node does.
// (minode passes a chunk through a piped stock PassThrough itself; a downstream that does not call back at once must keep Node's counts.)
var stream = require('stream');

var mid = new stream.PassThrough({ highWaterMark: 4 });
var log = [];
var dst = new stream.Writable({
  highWaterMark: 4,
  write: function (c, e, cb) {
    log.push('dst ' + c + ' ' + mid.writableLength + '/' + mid.readableLength);
    setTimeout(cb, 1);
  }
});
mid.pipe(dst);
mid.on('drain', function () { log.push('drain ' + mid.writableLength + '/' + mid.readableLength); });
var i = 0;
function more() {
  while (i < 6) {
    var ok = mid.write(Buffer.from('abc' + i));
    log.push('write ' + i + ' ' + ok + ' ' + mid.writableLength + '/' + mid.readableLength);
    i++;
    if (!ok) { mid.once('drain', more); return; }
  }
  mid.end();
}
more();
dst.on('finish', function () { console.log(log.join('\n')); });
// expect: dst abc0 4/0
// expect: write 0 true 0/0
// expect: write 1 false 4/4
// expect: drain 0/4
// expect: write 2 false 4/8
// expect: dst abc1 4/4
// expect: drain 0/4
// expect: write 3 false 4/8
// expect: dst abc2 4/4
// expect: drain 0/4
// expect: write 4 false 4/8
// expect: dst abc3 4/4
// expect: drain 0/4
// expect: write 5 false 4/8
// expect: dst abc4 4/4
// expect: drain 0/4
// expect: dst abc5 0/0
