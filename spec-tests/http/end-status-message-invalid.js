// doc: http.md § "response.statusMessage"
// end(body) with a statusMessage holding a forbidden character throws
// ERR_INVALID_CHAR and sends nothing; a valid one is the status line's reason.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.statusMessage = 'Bad\r\nX: y';
  try { res.end('x'); } catch (e) { console.log(e.code, res.headersSent); }
  res.statusMessage = 'Fine Indeed';
  res.end('y');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(text.split('\r\n')[0]);
});
// expect: ERR_INVALID_CHAR false
// expect: HTTP/1.1 200 Fine Indeed
