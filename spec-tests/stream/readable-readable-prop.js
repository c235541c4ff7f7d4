// doc: stream.md § "readable.readable"
// readable is true until 'end' or destroy.
var stream = require('stream');

var r = stream.Readable.from(['a']);
console.log(r.readable);
r.on('end', function () { console.log('end', r.readable); });
r.resume();
var s = new stream.Readable({ read: function () {} });
s.destroy();
console.log('destroyed', s.readable);
// expect: true
// expect: destroyed false
// expect: end false
