// doc: http.md § "response.end([data[, encoding]][, callback])"
// end() fully uncorks the connection (Node's "Fully uncork connection on
// end()"): a response ended while the user had corked the socket goes out
// without waiting for an uncork.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  var socket = res.socket;
  socket.cork();
  socket.cork();
  res.end('corked body');
  console.log('ended', socket.writableCorked);
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(text.split('\r\n')[0], /\r\n\r\ncorked body$/.test(text));
});
// expect: ended 0
// expect: HTTP/1.1 200 OK true
