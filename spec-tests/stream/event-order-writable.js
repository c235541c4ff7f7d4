// doc: stream.md § "Event: 'finish'"
// A Writable emits 'finish' then 'close', after the end() callback.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
var ev = [];
w.on('finish', function () { ev.push('finish'); });
w.on('close', function () { ev.push('close'); console.log(ev.join(' ')); });
w.end('x', function () { ev.push('endcb'); });
// expect: endcb finish close
