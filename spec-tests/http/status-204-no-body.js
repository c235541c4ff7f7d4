// doc: http.md § "response.writeHead(statusCode[, statusMessage][, headers])"
// A 204 response has neither a body nor a length header.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { res.writeHead(204); res.end(); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 204 No Content
// expect: Date: <date>
// expect: Connection: close
// expect: |
// expect: |
