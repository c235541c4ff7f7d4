// doc: http.md § "request.write(chunk[, encoding][, callback])"
// A client request written in several pieces without Content-Length is sent chunked.
var http = require('http');
var server = http.createServer(function (req, res) {
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function (d) { body += d; });
  req.on('end', function () {
    console.log(req.headers['transfer-encoding'], req.headers['content-length'], body);
    res.end();
  });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', agent: false }, function (res) {
    res.resume();
    res.on('end', function () { server.close(); });
  });
  req.write('alpha ');
  setTimeout(function () { req.write('beta '); req.end('gamma'); }, 20);
});
// expect: chunked undefined alpha beta gamma
