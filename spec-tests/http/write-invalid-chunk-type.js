// doc: http.md § "response.write(chunk[, encoding][, callback])"
// write() with a chunk that is not a string, Buffer or Uint8Array throws ERR_INVALID_ARG_TYPE.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  try { res.write(42); } catch (e) { console.log(e.code); }
  try { res.write({}); } catch (e) { console.log(e.code); }
  res.end('fine');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(/fine$/.test(text));
});
// expect: ERR_INVALID_ARG_TYPE
// expect: ERR_INVALID_ARG_TYPE
// expect: true
