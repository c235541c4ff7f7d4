// doc: http.md § "Event: 'clientError'"
// A CR in a head that is not followed by its LF gets 400, as llhttp answers (a smuggling vector).
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end(); });
var out = [];
server.listen(0, '127.0.0.1', function () {
  var heads = [['ok', 'GET / HTTP/1.1\r\nHost: x\r\n\r\n'], ['line', 'GET / HTTP/1.1\rHost: x\r\n\r\n'],
    ['value', 'GET / HTTP/1.1\r\nHost: x\rX-B: 1\r\n\r\n'], ['end', 'GET / HTTP/1.1\r\nHost: x\r\n\rX']];
  (function next() {
    if (!heads.length) { console.log(out.join(' ')); server.close(); return; }
    var h = heads.shift(), text = '';
    var s = net.connect(server.address().port, '127.0.0.1', function () { s.end(h[1]); });
    s.setEncoding('latin1');
    s.on('data', function (d) { text += d; });
    s.on('error', function () {});
    s.on('close', function () { out.push(h[0] + '=' + text.slice(9, 12)); next(); });
  })();
});
// expect: ok=200 line=400 value=400 end=400
