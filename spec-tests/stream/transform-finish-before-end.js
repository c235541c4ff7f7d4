// doc: stream.md § "Event: 'finish'"
// A Transform emits 'finish' before 'end', and 'close' last.
var stream = require('stream');

var t = new stream.PassThrough();
var order = [];
t.on('finish', function () { order.push('finish'); });
t.on('end', function () { order.push('end'); });
t.on('close', function () { order.push('close'); console.log(order.join(' ')); });
t.resume();
t.end('x');
// expect: end finish close
