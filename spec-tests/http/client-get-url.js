// doc: http.md § "http.get(url[, options][, callback])"
// http.get() takes a URL string, sets the method to GET and calls end() itself.
var http = require('http');
var server = http.createServer(function (req, res) { res.end(req.method + ' ' + req.url + ' ' + req.headers.host.split(':')[0]); });
server.listen(0, '127.0.0.1', function () {
  http.get('http://127.0.0.1:' + server.address().port + '/a/b?c=d', function (res) {
    var text = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { text += d; });
    res.on('end', function () {
      console.log(text);
      server.close();
    });
  });
});
// expect: GET /a/b?c=d 127.0.0.1
