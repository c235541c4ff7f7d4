// doc: stream.md § "Class: stream.Duplex"
// A Duplex's readable and writable sides are independent.
var stream = require('stream');

var d = new stream.Duplex({
  read: function () { this.push('from read'); this.push(null); },
  write: function (c, e, cb) { console.log('written', c.toString()); cb(); }
});
d.on('data', function (c) { console.log('read', c.toString()); });
d.write('to write');
d.end();
d.on('finish', function () { console.log('finish'); });
d.on('end', function () { console.log('end'); });
d.on('close', function () { console.log('close'); });
// expect: written to write
// expect: read from read
// expect: finish
// expect: end
// expect: close
