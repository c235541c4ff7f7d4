// Benchmark: stream a big file through fs.createReadStream into /dev/null.
//
//   node bench/fs-stream.js [MiB=1024] [case=all|devnull|count|none]
// Creates a file of MiB mebibytes under os.tmpdir() (once, reused while its
// size matches), then pipes fs.createReadStream(file) (64 KiB chunks) into
// fs.createWriteStream('/dev/null') and times it. Prints
// `stream-devnull <MB/s> MB/s` and `stream-count <MB/s> MB/s` (the same read,
// 'data' events only, no writer). The file is in the page cache after the
// first run: this measures the runtime, not the disk. A case runs only that
// one (`none` only creates the file: bench/fs-callgrind.sh).
var fs = require('fs');
var path = require('path');
var os = require('os');

var mib = +(process.argv[2] || 1024);
var which = process.argv[3] || 'all';
var file = path.join(os.tmpdir(), 'minode-bench-stream-' + mib + 'm.bin');
var size = mib * 1024 * 1024;

function ensureFile() {
  var st = fs.statSync(file, { throwIfNoEntry: false });
  if (st && st.size === size) return;
  var fd = fs.openSync(file, 'w');
  var chunk = Buffer.alloc(1024 * 1024, 'm');
  for (var i = 0; i < mib; i++) fs.writeSync(fd, chunk, 0, chunk.length);
  fs.closeSync(fd);
}

function report(name, start) {
  var secs = Math.max(Date.now() - start, 1) / 1000;
  console.log(name + ' ' + (size / 1e6 / secs).toFixed(1) + ' MB/s');
}

function devnull(next) {
  var start = Date.now();
  var ws = fs.createWriteStream('/dev/null');
  fs.createReadStream(file).pipe(ws);
  ws.on('close', function () {
    if (ws.bytesWritten !== size) throw new Error('short copy: ' + ws.bytesWritten);
    report('stream-devnull', start);
    next();
  });
}

function count() {
  var start = Date.now(), total = 0;
  fs.createReadStream(file).on('data', function (c) { total += c.length; }).on('end', function () {
    if (total !== size) throw new Error('short read: ' + total);
    report('stream-count', start);
  });
}

ensureFile();
if (which === 'all') devnull(count);
else if (which === 'devnull') devnull(function () {});
else if (which === 'count') count();
