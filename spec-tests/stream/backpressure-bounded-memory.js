// doc: stream.md § "Buffering"
// A fast producer piped into a slow consumer never buffers much more than the two highWaterMarks.
var stream = require('stream');

var produced = 0, maxBuffered = 0, pushes = 0;
var src = new stream.Readable({
  highWaterMark: 1024,
  read: function () {
    if (produced >= 256 * 1024) { this.push(null); return; }
    produced += 512; pushes++;
    this.push(Buffer.alloc(512));
  }
});
var dst = new stream.Writable({
  highWaterMark: 2048,
  write: function (c, e, cb) {
    var buffered = src.readableLength + dst.writableLength;
    if (buffered > maxBuffered) maxBuffered = buffered;
    setImmediate(cb);
  }
});
src.pipe(dst).on('finish', function () {
  console.log('produced', produced, 'in', pushes, 'pushes');
  console.log('max buffered within 1024+2048+chunk:', maxBuffered <= 1024 + 2048 + 512);
});
// expect: produced 262144 in 512 pushes
// expect: max buffered within 1024+2048+chunk: true
