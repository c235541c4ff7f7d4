// doc: http.md § "server.maxRequestsPerSocket"
// When a socket reaches maxRequestsPerSocket, that response carries Connection: close and the socket closes.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { res.end(req.url); });
server.maxRequestsPerSocket = 2;
wire.exchange(server, 'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n', function (text) {
  var heads = text.split('HTTP/1.1 ').slice(1).map(function (r) { return (/Connection: ([\w-]+)/.exec(r) || [])[1]; });
  console.log(heads.join(' '));
});
// expect: keep-alive close
