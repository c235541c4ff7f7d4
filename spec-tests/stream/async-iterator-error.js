// doc: stream.md § "readable[Symbol.asyncIterator]()"
// A stream error rejects the pending next() of its async iterator (for await throws it).
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
var it = r[Symbol.asyncIterator]();
setTimeout(function () { r.destroy(new Error('mid-stream')); }, 5);
it.next().then(function () { console.log('chunk'); }, function (e) { console.log('caught', e.message); })
  .then(function () { return it.next(); })
  .then(function (step) { console.log('after error: done', step.done); });
// expect: caught mid-stream
// expect: after error: done true
