// doc: process.md § "`process.stdin`"
// process.stdin emits its bytes as 'data' and then 'end' at the end of input.
var chunks = [];
process.stdin.on('data', function (d) { chunks.push(d); });
process.stdin.on('end', function () {
  var text = Buffer.concat(chunks).toString();
  console.log(Buffer.isBuffer(chunks[0]), JSON.stringify(text));
});
// stdin: hello
// stdin: world
// expect: true "hello\nworld\n"
