// doc: stream.md § "readable[Symbol.asyncIterator]()"
// for await over a Readable yields every chunk, then the loop ends.
var stream = require('stream');

async function main() {
  var r = stream.Readable.from(['a', 'b', 'c']);
  var out = [];
  for await (var c of r) out.push(c);
  console.log(out.join(''), r.destroyed);
}
main();
// expect: abc true
