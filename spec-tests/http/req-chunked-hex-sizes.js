// doc: http.md § "Class: http.IncomingMessage"
// Chunk sizes are hexadecimal, in either case; the request body is the chunks joined.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  var body = '';
  req.setEncoding('latin1');
  req.on('data', function (d) { body += d; });
  req.on('end', function () {
    console.log(req.headers['transfer-encoding'], body.length, body.slice(0, 3), body.slice(-3));
    res.end();
  });
});
var a = new Array(11).join('a'), b = new Array(27).join('b');
wire.exchange(server, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
  'A\r\n' + a + '\r\n1a\r\n' + b + '\r\n0\r\n\r\n', function () {});
// expect: chunked 36 aaa bbb
