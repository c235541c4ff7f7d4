// doc: http.md § "message.complete"
// message.complete is false while the body arrives and true once the whole message was received.
var http = require('http');
var server = http.createServer(function (req, res) { res.write('a'); setTimeout(function () { res.end('b'); }, 20); });
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    console.log(res.complete);
    res.resume();
    res.on('end', function () { console.log(res.complete); server.close(); });
  });
});
// expect: false
// expect: true
