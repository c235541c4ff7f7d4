// doc: http.md § "http.STATUS_CODES"
// The reason phrase of a response without a statusMessage is looked up in
// http.STATUS_CODES when the head is written, so an edit to it shows.
var http = require('http');
var wire = require('./fixtures/wire');
var saved = http.STATUS_CODES[200];
http.STATUS_CODES[200] = 'Splendid';
var server = http.createServer(function (req, res) {
  res.end('x');
  console.log(res.statusMessage);
  http.STATUS_CODES[200] = saved;
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(text.split('\r\n')[0]);
});
// expect: Splendid
// expect: HTTP/1.1 200 Splendid
