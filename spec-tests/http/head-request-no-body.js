// doc: http.md § "response.end([data[, encoding]][, callback])"
// A response to HEAD sends no body even if one is written.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { res.end('not sent'); });
wire.exchange(server, 'HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: HTTP/1.1 200 OK
// expect: Date: <date>
// expect: Connection: close
// expect: |
// expect: |
