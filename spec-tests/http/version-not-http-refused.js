// doc: http.md § "Event: 'clientError'"
// A request line whose version does not start "HTTP/" gets 400 (err.code HPE_INVALID_CONSTANT); one with no version is HTTP/0.9.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end(); });
var out = [];
server.on('clientError', function (err, socket) {
  out.push(err.code);
  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});
server.listen(0, '127.0.0.1', function () {
  var lines = [['HTTP', 'GET / HTTP/1.1'], ['HTTX', 'GET / HTTX/1.1'], ['HTT', 'GET / HTT/1.1'], ['none', 'GET /']];
  (function next() {
    if (!lines.length) { console.log(out.join(' ')); server.close(); return; }
    var l = lines.shift(), text = '';
    var s = net.connect(server.address().port, '127.0.0.1', function () {
      s.write(l[1] + '\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    s.setEncoding('latin1');
    s.on('data', function (d) { text += d; });
    s.on('error', function () {});
    s.on('close', function () { out.push(l[0] + '=' + text.slice(9, 12)); next(); });
  })();
});
// expect: HTTP=200 HPE_INVALID_CONSTANT HTTX=400 HPE_INVALID_CONSTANT HTT=400 none=200
