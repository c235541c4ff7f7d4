// doc: http.md § "response.writeHead(statusCode[, statusMessage][, headers])"
// A statusMessage given to writeHead() replaces the reason phrase.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { res.writeHead(200, 'Fine Thanks').end(); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (t) {
  console.log(t.split('\r\n')[0]);
});
// expect: HTTP/1.1 200 Fine Thanks
