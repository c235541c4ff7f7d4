// doc: stream.md § "readable.setEncoding(encoding)"
// After process.stdin.setEncoding('utf8') its 'data' chunks are strings, UTF-8 decoded.
var text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', function (d) { if (typeof d !== 'string') throw new Error('not a string'); text += d; });
process.stdin.on('end', function () { console.log(text.trim(), text.length); });
// stdin: héllo €
// expect: héllo € 8
