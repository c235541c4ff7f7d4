// doc: stream.md § "Event: 'error'"
// After 'error' only 'close' is emitted: no 'end' or 'finish'.
var stream = require('stream');

var d = new stream.PassThrough();
var ev = [];
['data', 'end', 'finish', 'error', 'close'].forEach(function (n) { d.on(n, function () { ev.push(n); }); });
d.write('x');
d.destroy(new Error('x'));
d.end();
setTimeout(function () { console.log(ev.join(' ')); }, 10);
// expect: data error close
