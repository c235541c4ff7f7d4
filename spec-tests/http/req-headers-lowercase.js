// doc: http.md § "message.headers"
// Header names in message.headers are lower-cased; values are unchanged.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(JSON.stringify(req.headers));
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX-Mixed-Case: Value  Kept\r\nConnection: close\r\n\r\n', function () {});
// expect: {"host":"x","x-mixed-case":"Value  Kept","connection":"close"}
