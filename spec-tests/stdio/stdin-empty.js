// doc: process.md § "`process.stdin`"
// An empty stdin emits 'end' with no 'data'.
var n = 0;
process.stdin.on('data', function () { n++; });
process.stdin.on('end', function () { console.log('end after', n, 'chunks'); });
// expect: end after 0 chunks
