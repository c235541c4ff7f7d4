// doc: http.md § "http.request(url[, options][, callback])"
// A connection error is emitted as 'error' on the request, then 'close'.
var http = require('http');
var net = require('net');
var probe = net.createServer();
probe.listen(0, '127.0.0.1', function () {
  var port = probe.address().port;
  probe.close(function () {
    var req = http.get({ port: port, host: '127.0.0.1', agent: false });
    req.on('error', function (e) { console.log('error', e.code); });
    req.on('close', function () { console.log('close'); });
  });
});
// expect: error ECONNREFUSED
// expect: close
