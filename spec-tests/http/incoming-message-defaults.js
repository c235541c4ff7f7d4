// doc: http.md § "Class: http.IncomingMessage"
// A hand-made IncomingMessage has no version and no upgrade yet (null); a
// server's request has both from its head: "1.1" and false for a plain
// HTTP/1.1 request, "1.0" for HTTP/1.0.
var http = require('http');
var wire = require('./fixtures/wire');
var m = new http.IncomingMessage(null);
console.log(m.httpVersion, m.httpVersionMajor, m.httpVersionMinor, m.upgrade);
var server = http.createServer(function (req, res) {
  console.log(req.httpVersion, req.httpVersionMajor, req.httpVersionMinor, req.upgrade);
  res.end('x');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.0\r\n\r\n', function () {
  console.log('done');
}, function (text) { return text.split('HTTP/1.1 200').length === 3; });
// expect: null null null null
// expect: 1.1 1 1 false
// expect: 1.0 1 0 false
// expect: done
