// doc: stream.md § "new stream.Writable([options])"
// decodeStrings: false passes strings through with their encoding.
var stream = require('stream');

var w = new stream.Writable({ decodeStrings: false, write: function (c, e, cb) { console.log(typeof c, c, e); cb(); } });
w.write('hi');
w.write('ff', 'hex');
// expect: string hi utf8
// expect: string ff hex
