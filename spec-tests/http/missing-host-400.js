// doc: http.md § "http.createServer([options][, requestListener])"
// An HTTP/1.1 request without a Host header gets 400 (requireHostHeader defaults to true).
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
wire.exchange(server, 'GET / HTTP/1.1\r\n\r\n', wire.show);
// expect: HTTP/1.1 400 Bad Request
// expect: Connection: close
// expect: Date: <date>
// expect: Transfer-Encoding: chunked
// expect: |
// expect: 0
// expect: |
// expect: |
