// doc: http.md § "Event: 'clientError'"
// Only HTTP versions 0.9, 1.0, 1.1 and 2.0 parse; a request claiming HTTP/1.2 or 3.0 gets 400.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end(); });
var out = [];
server.listen(0, '127.0.0.1', function () {
  var versions = ['1.1', '1.2', '1.9', '3.0'];
  (function next() {
    if (!versions.length) { console.log(out.join(' ')); server.close(); return; }
    var v = versions.shift(), text = '';
    var s = net.connect(server.address().port, '127.0.0.1', function () {
      s.write('GET / HTTP/' + v + '\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    s.setEncoding('latin1');
    s.on('data', function (d) { text += d; });
    s.on('error', function () {});
    s.on('close', function () { out.push(v + '=' + text.slice(9, 12)); next(); });
  })();
});
// expect: 1.1=200 1.2=400 1.9=400 3.0=400
