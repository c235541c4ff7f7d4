// doc: http.md § "Event: 'finish'"
// A response emits 'finish' when its last data was handed over, then 'close'.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.on('finish', function () { console.log('finish', res.writableEnded); });
  res.on('close', function () { console.log('close'); });
  res.end('x', function () { console.log('end callback'); });
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {});
// expect: finish true
// expect: end callback
// expect: close
