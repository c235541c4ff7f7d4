// doc: http.md § "http.request(url[, options][, callback])"
// When both url and options are given, they are merged and options take precedence.
var http = require('http');
var server = http.createServer(function (req, res) {
  console.log(req.method, req.url, req.headers['x-from']);
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request('http://127.0.0.1:' + server.address().port + '/from-url',
    { method: 'PATCH', headers: { 'X-From': 'options' }, agent: false }, function (res) {
      res.resume();
      res.on('end', function () { server.close(); });
    });
  req.end();
});
// expect: PATCH /from-url options
