// doc: http.md § "http.maxHeaderSize"
// Many small headers that add up to more than maxHeaderSize also get 431.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
var lines = '';
for (var i = 0; i < 3000; i++) lines += 'X-H' + i + ': vvvvvvvvvv\r\n';
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n' + lines + '\r\n', function (text) {
  console.log(text.split('\r\n')[0]);
});
// expect: HTTP/1.1 431 Request Header Fields Too Large
