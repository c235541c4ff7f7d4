// doc: http.md § "http.request(url[, options][, callback])"
// A HEAD response's Content-Length describes a body that never comes; the client ends at the head.
var http = require('http');
var server = http.createServer(function (req, res) { res.setHeader('Content-Length', 100); res.end(); });
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'HEAD', agent: false }, function (res) {
    var n = 0;
    res.on('data', function (d) { n += d.length; });
    res.on('end', function () { console.log(res.headers['content-length'], n); server.close(); });
  });
  req.end();
});
// expect: 100 0
