// doc: http.md § "Class: http.IncomingMessage"
// A Content-Length body ends exactly at its length; the bytes after it are the next request.
var http = require('http');
var wire = require('./fixtures/wire');
var n = 0;
var server = http.createServer(function (req, res) {
  var body = '';
  req.setEncoding('latin1');
  req.on('data', function (d) { body += d; });
  req.on('end', function () {
    console.log(req.method + ' ' + req.url + ' [' + body + ']');
    res.end();
  });
});
wire.exchange(server,
  'POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  function () {});
// expect: POST /a [hello]
// expect: GET /b []
