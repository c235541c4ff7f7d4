// doc: http.md § "Event: 'clientError'"
// After a client error on one connection the server still answers others.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { res.end('fine'); });
var net = require('net');
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var bad = net.connect(port, '127.0.0.1', function () { bad.write('GET / HTTP/1.1\r\nBad Header\r\n\r\n'); });
  bad.on('error', function () {});
  bad.resume();
  bad.on('close', function () {
    var good = net.connect(port, '127.0.0.1', function () {
      good.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    var text = '';
    good.setEncoding('latin1');
    good.on('data', function (d) { text += d; });
    good.on('close', function () {
      console.log(/fine$/.test(text));
      server.close();
    });
  });
});
// expect: true
