// doc: http.md § "response.end([data[, encoding]][, callback])"
// end(data) writes the head through the response's own _implicitHeader
// (Node's lib/_http_outgoing.js), so a response that replaces it is heard.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  var original = res._implicitHeader;
  res._implicitHeader = function () {
    console.log('implicit header');
    res.setHeader('X-Patched', 'yes');
    return original.apply(this, arguments);
  };
  res.end('body');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(/X-Patched: yes\r\n/.test(text), /\r\n\r\nbody$/.test(text));
});
// expect: implicit header
// expect: true true
