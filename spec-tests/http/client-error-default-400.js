// doc: http.md § "Event: 'clientError'"
// Without a 'clientError' listener, a malformed request gets 400 and the socket is closed.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n', wire.show);
// expect: HTTP/1.1 400 Bad Request
// expect: Connection: close
// expect: |
// expect: |
