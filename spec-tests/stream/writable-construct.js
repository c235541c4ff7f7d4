// doc: stream.md § "writable._construct(callback)"
// _construct runs before any _write; writes wait for its callback.
var stream = require('stream');

var w = new stream.Writable({
  construct: function (cb) { console.log('construct'); setTimeout(function () { console.log('constructed'); cb(); }, 5); },
  write: function (c, e, cb) { console.log('write', c.toString()); cb(); }
});
w.write('a');
w.end('b');
w.on('finish', function () { console.log('finish'); });
// expect: construct
// expect: constructed
// expect: write a
// expect: write b
// expect: finish
