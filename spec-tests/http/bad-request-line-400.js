// doc: http.md § "Event: 'clientError'"
// A malformed request line gets 400 Bad Request with Connection: close.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
wire.exchange(server, 'THIS IS NOT HTTP\r\n\r\n', wire.show);
// expect: HTTP/1.1 400 Bad Request
// expect: Connection: close
// expect: |
// expect: |
