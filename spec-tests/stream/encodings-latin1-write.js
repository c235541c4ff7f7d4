// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// write(string, 'latin1') encodes one byte per character.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { console.log(c.length, c[0]); cb(); } });
w.write('\u00ff', 'latin1');
w.write('\u00ff', 'utf8');
// expect: 1 255
// expect: 2 195
