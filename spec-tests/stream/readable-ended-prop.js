// doc: stream.md § "readable.readableEnded"
// readableEnded becomes true when 'end' is emitted.
var stream = require('stream');

var r = stream.Readable.from(['a']);
console.log(r.readableEnded);
r.on('end', function () { console.log('in end', r.readableEnded); });
r.resume();
// expect: false
// expect: in end true
