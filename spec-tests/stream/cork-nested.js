// doc: stream.md § "writable.uncork()"
// cork() nests: uncork() must be called as many times as cork().
var stream = require('stream');

var writes = 0;
var w = new stream.Writable({ write: function (c, e, cb) { writes++; cb(); } });
w.cork(); w.cork();
w.write('a');
w.uncork();
console.log('after one uncork', writes, w.writableCorked);
w.uncork();
console.log('after two', writes, w.writableCorked);
// expect: after one uncork 0 1
// expect: after two 1 0
