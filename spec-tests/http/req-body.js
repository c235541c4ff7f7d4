// doc: http.md § "Class: http.IncomingMessage"
// The request body is read from the IncomingMessage as a stream, then 'end' fires.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function (d) { body += d; });
  req.on('end', function () {
    console.log(body, req.complete);
    res.end();
  });
});
wire.exchange(server, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nConnection: close\r\n\r\nhello world', function () {});
// expect: hello world true
