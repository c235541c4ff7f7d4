// doc: http.md § "message.url"
// A run of spaces between the parts of a request line is one separator: the request is served, its url unchanged.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(req.method + ' ' + JSON.stringify(req.url) + ' ' + req.httpVersion);
  res.end();
});
wire.exchange(server, 'GET  /a?b=1   HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(text.split('\r\n')[0]);
});
// expect: GET "/a?b=1" 1.1
// expect: HTTP/1.1 200 OK
