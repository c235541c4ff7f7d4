// doc: stream.md § "readable[Symbol.asyncIterator]()"
// With setEncoding, the async iterator yields strings.
var stream = require('stream');

async function main() {
  var r = new stream.Readable({ read: function () {} });
  r.setEncoding('utf8');
  r.push('hé'); r.push(null);
  for await (var c of r) console.log(typeof c, c);
}
main();
// expect: string hé
