// doc: http.md § "http.get(url[, options][, callback])"
// http.get() takes a URL object; its pathname and search become the request path.
var http = require('http');
var server = http.createServer(function (req, res) {
  console.log(req.method, req.url);
  res.end('body');
});
server.listen(0, '127.0.0.1', function () {
  var url = new URL('http://127.0.0.1:' + server.address().port + '/x/y?q=1&r=2');
  http.get(url, function (res) {
    res.setEncoding('utf8');
    res.on('data', function (d) { console.log(res.statusCode, d); });
    res.on('end', function () { server.close(); });
  });
});
// expect: GET /x/y?q=1&r=2
// expect: 200 body
