// doc: stream.md § "readable.iterator([options])"
// iterator({ destroyOnReturn: false }) leaves the stream open after break.
var stream = require('stream');

async function main() {
  var r = stream.Readable.from([1, 2, 3]);
  for await (var v of r.iterator({ destroyOnReturn: false })) { console.log('first', v); break; }
  console.log('destroyed', r.destroyed);
  for await (var w of r) console.log('rest', w);
}
main();
// expect: first 1
// expect: destroyed false
// expect: rest 2
// expect: rest 3
