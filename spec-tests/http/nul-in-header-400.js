// doc: http.md § "Event: 'clientError'"
// A NUL byte in a header value is refused with 400 and never reaches 'request'.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n', function (text) {
  console.log(text.split('\r\n')[0]);
});
// expect: HTTP/1.1 400 Bad Request
