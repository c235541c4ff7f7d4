// doc: http.md § "response.setTimeout(msecs[, callback])"
// response.setTimeout(ms, cb) fires cb when a response stalls longer than ms.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.setTimeout(100, function () {
    console.log('response timeout');
    res.end('late');
  });
});
server.listen(0, '127.0.0.1', function () {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, function (res) {
    var body = '';
    res.on('data', function (d) { body += d; });
    res.on('end', function () { console.log(body); server.close(); });
  });
});
// expect: response timeout
// expect: late
