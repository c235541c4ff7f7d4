// doc: http.md § "Event: 'clientError'"
// Ten malformed requests in a row get 400 each, and the server still answers a good request afterwards.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end('ok'); });
var statuses = [];
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var left = 10;
  function bad() {
    var s = net.connect(port, '127.0.0.1', function () { s.write('GET / HTTP/1.1\r\nHost: x\r\nX\x00Y: 1\r\n\r\n'); });
    var t = '';
    s.setEncoding('latin1');
    s.on('data', function (d) { t += d; });
    s.on('error', function () {});
    s.on('close', function () {
      statuses.push(t.slice(9, 12));
      if (--left > 0) bad(); else good();
    });
  }
  function good() {
    http.get({ port: port, host: '127.0.0.1', agent: false }, function (res) {
      console.log(statuses.join(','), res.statusCode);
      res.resume();
      res.on('end', function () { server.close(); });
    });
  }
  bad();
});
// expect: 400,400,400,400,400,400,400,400,400,400 200
