// doc: http.md § "request.setHeader(name, value)"
// A client request with a Content-Length header is sent with that length and no chunking.
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
  var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT', agent: false,
    headers: { 'Content-Length': 11 } }, function (res) {
    res.resume();
    res.on('end', function () { server.close(); });
  });
  req.write('hello ');
  req.end('world');
});
// expect: undefined 11 hello world
