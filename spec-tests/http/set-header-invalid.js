// doc: http.md § "response.setHeader(name, value)"
// setHeader() with an invalid name or value throws a TypeError.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  try { res.setHeader('Bad Name', 'x'); } catch (e) { console.log(e instanceof TypeError, e.code); }
  try { res.setHeader('X-Ok', 'a\nb'); } catch (e) { console.log(e instanceof TypeError, e.code); }
  try { res.setHeader('X-Ok'); } catch (e) { console.log(e instanceof TypeError, e.code); }
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {});
// expect: true ERR_INVALID_HTTP_TOKEN
// expect: true ERR_INVALID_CHAR
// expect: true ERR_HTTP_INVALID_HEADER_VALUE
