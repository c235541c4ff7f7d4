// doc: http.md § "response.flushHeaders()"
// flushHeaders() sends the head at once, so the client gets 'response' before the body is written.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.flushHeaders();
  console.log(res.headersSent);
  setTimeout(function () { res.end('later'); }, 100);
});
server.listen(0, '127.0.0.1', function () {
  var t0 = Date.now();
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    console.log('response early', Date.now() - t0 < 90);
    res.resume();
    res.on('end', function () { server.close(); });
  });
});
// expect: true
// expect: response early true
