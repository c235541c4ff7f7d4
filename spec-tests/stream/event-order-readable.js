// doc: stream.md § "Event: 'close'"
// A Readable read to the end emits data..., 'end', then 'close', each once.
var stream = require('stream');

var r = stream.Readable.from(['a', 'b']);
var ev = [];
['data', 'end', 'close', 'error'].forEach(function (n) { r.on(n, function () { ev.push(n); }); });
setTimeout(function () { console.log(ev.join(' ')); }, 10);
// expect: data data end close
