// doc: http.md § "Event: 'request'"
// 'request' fires for every request on a kept-alive connection.
var http = require('http');
var wire = require('./fixtures/wire');
var n = 0;
var server = http.createServer(function (req, res) {
  n++;
  console.log('request', n, req.url);
  res.end('r' + n);
});
var two = 'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
wire.exchange(server, two, function (t) {
  console.log((t.match(/HTTP\/1\.1 200 OK/g) || []).length, /r1[\s\S]*r2$/.test(t));
});
// expect: request 1 /1
// expect: request 2 /2
// expect: 2 true
