// doc: http.md § "message.headers"
// set-cookie is always an array, even when it appears once.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(Array.isArray(req.headers['set-cookie']), JSON.stringify(req.headers['set-cookie']));
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nSet-Cookie: only=1\r\nConnection: close\r\n\r\n', function () {});
// expect: true ["only=1"]
