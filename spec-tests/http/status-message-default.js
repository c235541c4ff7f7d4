// doc: http.md § "response.statusMessage"
// Without a statusMessage the standard reason phrase for the status code is sent.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.statusCode = 404;
  res.end();
  console.log(res.statusMessage);
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (t) {
  console.log(t.split('\r\n')[0]);
});
// expect: Not Found
// expect: HTTP/1.1 404 Not Found
