// doc: http.md § "response.end([data[, encoding]][, callback])"
// end(data) alone sends Content-Length in bytes, not characters.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { res.end('h\u00e9llo'); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Date: <date>
// expect: Connection: close
// expect: Content-Length: 6
// expect: |
// expect: hÃ©llo
