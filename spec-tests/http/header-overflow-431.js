// doc: http.md § "Event: 'clientError'"
// Headers larger than maxHeaderSize get 431 Request Header Fields Too Large.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
var big = new Array(17 * 1024).join('a');
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + big + '\r\n\r\n', wire.show);
// expect: HTTP/1.1 431 Request Header Fields Too Large
// expect: Connection: close
// expect: |
// expect: |
