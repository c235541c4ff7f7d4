// doc: http.md § "message.trailers"
// Trailers a client adds to a chunked upload reach the server's req.trailers.
var http = require('http');
var server = http.createServer(function (req, res) {
  req.resume();
  req.on('end', function () {
    console.log(JSON.stringify(req.trailers));
    res.end();
  });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', agent: false,
    headers: { Trailer: 'X-Md5' } }, function (res) {
    res.resume();
    res.on('end', function () { server.close(); });
  });
  req.write('data');
  req.addTrailers({ 'X-Md5': 'abc' });
  req.end();
});
// expect: {"x-md5":"abc"}
