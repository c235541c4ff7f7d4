// doc: http.md § "Event: 'clientError'"
// Without a 'clientError' listener, Content-Length plus Transfer-Encoding gets 400 and no 'request'.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
wire.exchange(server, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n', wire.show);
// expect: HTTP/1.1 400 Bad Request
// expect: Connection: close
// expect: |
// expect: |
