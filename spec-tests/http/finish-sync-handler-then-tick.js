// doc: http.md § "Event: 'finish'"
// A response ended in the 'request' handler emits 'finish' after the handler returns, before a tick queued after end().
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello World');
  console.log('finished in handler:', res.writableFinished);
  res.on('finish', function () { console.log('finish', res.writableEnded); });
  process.nextTick(function () { console.log('tick'); });
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {});
// expect: finished in handler: true
// expect: finish true
// expect: tick
