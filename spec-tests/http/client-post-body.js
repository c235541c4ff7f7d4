// doc: http.md § "request.write(chunk[, encoding][, callback])"
// A POST body written with write() and end() reaches the server whole, with chunked framing.
var http = require('http');
var server = http.createServer(function (req, res) {
  var body = '';
  req.on('data', function (d) { body += d; });
  req.on('end', function () { res.end(req.headers['transfer-encoding'] + ' ' + body); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', agent: false },
    function (res) {
      var text = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { text += d; });
      res.on('end', function () {
        console.log(res.statusCode, text);
        server.close();
      });
    });
  req.write('hello ');
  req.end('world');
});
// expect: 200 chunked hello world
