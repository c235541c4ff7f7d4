// doc: http.md § "Event: 'clientError'"
// A tab, a form feed or a byte from 0x80 up in the request target gets 400, as llhttp answers.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) { res.end(); });
var out = [];
server.listen(0, '127.0.0.1', function () {
  var urls = [['ok', '/a?q=%09'], ['tab', '/a\tb'], ['ff', '/a?q=\f'], ['x80', '/a\x80']];
  (function next() {
    if (!urls.length) { console.log(out.join(' ')); server.close(); return; }
    var u = urls.shift(), text = '';
    var s = net.connect(server.address().port, '127.0.0.1', function () {
      s.write(Buffer.from('GET ' + u[1] + ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'latin1'));
    });
    s.setEncoding('latin1');
    s.on('data', function (d) { text += d; });
    s.on('error', function () {});
    s.on('close', function () { out.push(u[0] + '=' + text.slice(9, 12)); next(); });
  })();
});
// expect: ok=200 tab=400 ff=400 x80=400
