// Benchmark: encoding and decoding a 10 MB Buffer (base64, hex, utf8).
//
// Runs unchanged under node and minode (ES5, no I/O). For each encoding,
// "encode" is buf.toString(enc) (bytes -> string) and "decode" is
// Buffer.from(str, enc) (string -> bytes); each is checked against the
// input so a wrong codec cannot look fast. One line per case:
//   "<name> <MB> MB <best ms> ms"
// Each case runs three times and the fastest run is reported (the run
// least disturbed by other processes on a shared machine).
// bench/buffer-compare.sh runs it under both and prints the ratios.
// Usage: node bench/buffer-codec.js [MB]   and   build/minode bench/buffer-codec.js [MB]
'use strict';

var mb = +(process.argv[2]) || 10;
var size = mb * 1024 * 1024;
var now = typeof performance === 'object' && performance && typeof performance.now === 'function' ?
  function () { return performance.now(); } : function () { return Date.now(); };

// Pseudo-random bytes: a 4 KiB random block repeated by fill() (in C++).
function randomBytes(n) {
  var block = Buffer.alloc(4096);
  var seed = 42;
  for (var i = 0; i < block.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    block[i] = seed >> 16;
  }
  return Buffer.alloc(n, block);
}

// Text as a web page or a log would be: mostly ASCII, some 2-, 3- and
// 4-byte characters.
function textBytes(n) {
  var unit = Buffer.from('The quick brown fox jumps over the lazy dog; ' +
    'na\u00efve caf\u00e9, 20 \u20ac, \u4e2d\u6587, \ud83d\ude00.\n');
  var b = Buffer.alloc(n, unit);
  var end = n;  // cut back to a character boundary
  while (end > 0 && (b[end - 1] & 0xC0) === 0x80) end--;
  if (end > 0 && b[end - 1] >= 0xC0) end--;
  return b.subarray(0, end);
}

function best(fn) {
  var min = Infinity;
  var result;
  for (var i = 0; i < 3; i++) {
    var t0 = now();
    result = fn();
    var ms = now() - t0;
    if (ms < min) min = ms;
  }
  return { ms: min, result: result };
}

function report(name, ms) {
  console.log(name + ' ' + mb + ' MB ' + ms.toFixed(1) + ' ms');
}

var inputs = { base64: randomBytes(size), hex: randomBytes(size), utf8: textBytes(size) };
['base64', 'hex', 'utf8'].forEach(function (enc) {
  var buf = inputs[enc];
  var encoded = best(function () { return buf.toString(enc); });
  report(enc + '-encode', encoded.ms);
  var decoded = best(function () { return Buffer.from(encoded.result, enc); });
  report(enc + '-decode', decoded.ms);
  if (!decoded.result.equals(buf)) throw new Error(enc + ': round trip differs');
});
