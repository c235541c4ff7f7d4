// doc: stream.md § "readable._construct(callback)"
// _read is not called until _construct's callback.
var stream = require('stream');

var r = new stream.Readable({
  construct: function (cb) { console.log('construct'); setTimeout(function () { console.log('ready'); cb(); }, 5); },
  read: function () { console.log('read'); this.push('x'); this.push(null); }
});
r.on('data', function (c) { console.log('data', c.toString()); });
// expect: construct
// expect: ready
// expect: read
// expect: data x
