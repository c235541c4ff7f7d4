// doc: stream.md § "Three states"
// readableFlowing moves null -> true (resume) -> false (pause), and never back to null by itself.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var seen = [r.readableFlowing];
r.resume(); seen.push(r.readableFlowing);
r.pause(); seen.push(r.readableFlowing);
r.on('data', function () {}); seen.push(r.readableFlowing);
console.log(seen.join(' '));
// expect:  true false false
