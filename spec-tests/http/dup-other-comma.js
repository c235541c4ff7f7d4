// doc: http.md § "message.headers"
// Duplicates of an ordinary header are joined with ', ', in arrival order.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(req.headers['x-list'] + ' | ' + req.headers.accept);
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX-List: 1\r\nAccept: a/b\r\nx-list: 2\r\nX-LIST: 3\r\naccept: c/d\r\nConnection: close\r\n\r\n', function () {});
// expect: 1, 2, 3 | a/b, c/d
