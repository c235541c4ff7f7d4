// doc: http.md § "Event: 'request'"
// Responses to pipelined requests go out in request order, even when the first finishes last.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  if (req.url === '/slow') setTimeout(function () { res.end('slow'); }, 50);
  else res.end('fast');
});
var two = 'GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
wire.exchange(server, two, function (t) {
  console.log(t.indexOf('slow') < t.indexOf('fast'));
});
// expect: true
