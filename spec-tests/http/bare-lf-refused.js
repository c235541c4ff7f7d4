// doc: http.md § "Event: 'clientError'"
// A header line ended by a bare LF instead of CRLF is refused with 400, as llhttp does (a smuggling vector).
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { console.log('not reached'); res.end(); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\n\r\n', function (text) {
  console.log(text.split('\r\n')[0]);
});
// expect: HTTP/1.1 400 Bad Request
