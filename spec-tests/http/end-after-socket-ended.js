// doc: http.md § "response.end([data[, encoding]][, callback])"
// A response ended after its socket was ended sends nothing more: the
// client sees the connection close with no response.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.socket.end();
  res.on('error', function (e) { console.log('error', e.code); });
  res.end('too late');
  console.log('ended', res.writableEnded);
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', function (text) {
  console.log(JSON.stringify(text));
});
// expect: ended true
// expect: ""
