// Benchmark: read N small files concurrently with fs.readFile.
//
//   node bench/fs-readfile-many.js [files=1000] [rounds=5]
// Creates N files of 1 KiB under os.tmpdir(), then, per round, starts all N
// readFile calls at once and waits for the last callback. Prints
// `readfile-many <ms> ms` (best round) and `readfile-many <ops> ops/s`.
// Every call goes through the thread pool (4 workers unless
// UV_THREADPOOL_SIZE says otherwise) and calls back in the poll phase.
var fs = require('fs');
var path = require('path');
var os = require('os');

var n = +(process.argv[2] || 1000);
var rounds = +(process.argv[3] || 5);
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minode-bench-'));
var payload = Buffer.alloc(1024, 'x');
var files = [];
for (var i = 0; i < n; i++) {
  files.push(path.join(dir, 'f' + i));
  fs.writeFileSync(files[i], payload);
}

var best = Infinity;
function round(left) {
  if (left === 0) {
    fs.rmSync(dir, { recursive: true });
    console.log('readfile-many ' + best.toFixed(2) + ' ms');
    console.log('readfile-many ' + Math.round(n / best * 1000) + ' ops/s');
    return;
  }
  var start = Date.now(), pending = n, bytes = 0;
  for (var j = 0; j < n; j++) {
    fs.readFile(files[j], function (err, data) {
      if (err) throw err;
      bytes += data.length;
      if (--pending === 0) {
        if (bytes !== n * 1024) throw new Error('short read');
        best = Math.min(best, Math.max(Date.now() - start, 0.5));
        round(left - 1);
      }
    });
  }
}
round(rounds);
