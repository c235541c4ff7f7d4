// doc: http.md § "message.complete"
// A request without a body is complete once its head is in: a tick queued by the 'request' handler already sees it.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  process.nextTick(function () { console.log('complete in a tick:', req.complete); });
  req.on('end', function () { console.log('end'); });
  req.resume();
  res.end('x');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {});
// expect: complete in a tick: true
// expect: end
