// doc: http.md § "message.trailers"
// A chunked request body is de-chunked, and its trailers appear once the body has ended.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  var body = '';
  req.on('data', function (d) { body += d; });
  req.on('end', function () {
    console.log(body);
    console.log(JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
    res.end();
  });
});
wire.exchange(server, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
  '3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Check: ok\r\n\r\n', function () {});
// expect: abcde
// expect: {"x-check":"ok"} ["X-Check","ok"]
