// doc: http.md § "response.write(chunk[, encoding][, callback])"
// Several writes to an HTTP/1.0 client are sent raw, without chunked framing, and the close ends the body.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.write('one ');
  res.write('two ');
  res.end('three');
});
wire.exchange(server, 'GET / HTTP/1.0\r\n\r\n', function (text) {
  var i = text.indexOf('\r\n\r\n');
  console.log(/transfer-encoding/i.test(text.slice(0, i)));
  console.log(text.slice(i + 4));
});
// expect: false
// expect: one two three
