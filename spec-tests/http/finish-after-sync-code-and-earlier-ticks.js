// doc: http.md § "Event: 'finish'"
// 'finish' comes after the code that follows end() and after ticks queued before end(), but before ticks queued after it.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  process.nextTick(function () { console.log('tick queued before end'); });
  res.end('x');
  res.on('finish', function () { console.log('finish'); });
  process.nextTick(function () { console.log('tick queued after end'); });
  console.log('after end');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {});
// expect: after end
// expect: tick queued before end
// expect: finish
// expect: tick queued after end
