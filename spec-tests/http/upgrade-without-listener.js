// doc: http.md § "Event: 'upgrade'"
// Without an 'upgrade' listener an Upgrade request is an ordinary 'request'.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log('request', req.headers.upgrade);
  res.end('plain');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, close\r\nUpgrade: echo\r\n\r\n', function (t) {
  console.log(/plain$/.test(t));
});
// expect: request echo
// expect: true
