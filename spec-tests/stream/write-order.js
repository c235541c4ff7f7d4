// doc: stream.md § "writable._write(chunk, encoding, callback)"
// Chunks reach _write one at a time, in the order written.
var stream = require('stream');

var active = 0, maxActive = 0, order = [];
var w = new stream.Writable({ write: function (c, e, cb) {
  active++; maxActive = Math.max(maxActive, active); order.push(c.toString());
  setTimeout(function () { active--; cb(); }, 2);
} });
w.write('1'); w.write('2'); w.write('3');
w.end(function () { console.log(order.join(','), 'max in flight', maxActive); });
// expect: 1,2,3 max in flight 1
