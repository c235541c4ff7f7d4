// doc: http.md § "http.createServer([options][, requestListener])"
// The maxHeaderSize option lowers the head size limit for one server: a 2 KiB header then gets 431.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer({ maxHeaderSize: 1024 }, function (req, res) { res.end('ok'); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + new Array(2049).join('b') + '\r\n\r\n', function (text) {
  console.log(text.split('\r\n')[0]);
});
// expect: HTTP/1.1 431 Request Header Fields Too Large
