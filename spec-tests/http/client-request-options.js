// doc: http.md § "http.request(options[, callback])"
// http.request() with an options object uses its host, port, method, path and headers.
var http = require('http');
var server = http.createServer(function (req, res) {
  console.log(req.method, req.url, req.headers['x-token'], req.headers.host === '127.0.0.1:' + server.address().port);
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'DELETE',
    path: '/items/7?force=1', headers: { 'X-Token': 't0k' }, agent: false }, function (res) {
    console.log(res.statusCode);
    res.resume();
    res.on('end', function () { server.close(); });
  });
  req.end();
});
// expect: DELETE /items/7?force=1 t0k true
// expect: 200
