// doc: stream.md § "readable.unshift(chunk[, encoding])"
// A flowing read() asks _read() for more while a chunk waits; a _read() that unshift()s
// instead of pushing leaves that read to take the size it had planned (the waiting chunk's
// length) from the new front of the buffer: the unshifted bytes, then the start of the rest.
// (minode's flowing read keeps the first chunk it looked at across _read(); it must look again.)
var stream = require('stream');

var calls = 0;
var r = new stream.Readable({
  highWaterMark: 4,
  read: function () {
    calls++;
    if (calls === 1) {
      this.push(Buffer.from('abcd'));
      this.push(Buffer.from('efgh'));
    } else if (calls === 2) {
      this.unshift(Buffer.from('xy'));
      var self = this;
      setTimeout(function () { self.push(null); }, 1); // (ends the stream: _read is not called again)
    }
  }
});
var got = [];
r.on('data', function (c) { got.push(c.toString()); });
r.on('end', function () { console.log(got.join('|'), calls); });
// expect: abcd|xyef|gh 2
