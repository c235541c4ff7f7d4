// doc: http.md § "Event: 'clientError'" (the default answer is a 400 and the socket closes)
// A request without a body, followed in the same read by bytes that are not a
// request (here what was meant as its body: the Content-Length name is
// mangled). Node's parser callbacks run without draining the tick queues; they
// drain once the whole read is parsed, so the parse error answers 400 and
// closes the socket before the first request's 'end' (a nextTick) can send
// its 200. minode used to drain after every callback and sent the 200 first.
var http = require('http');
var net = require('net');
var server = http.createServer(function (req, res) {
  req.on('end', function () { res.end('ok'); });
  req.resume();
});
server.listen(0, '127.0.0.1', function () {
  var sock = net.connect(server.address().port, '127.0.0.1', function () {
    sock.write('POST / HTTP/1.1\r\nHost: x\r\nContenX-Length: 5\r\n\r\nhello');
  });
  var got = '';
  sock.on('data', function (d) { got += d; });
  sock.on('close', function () {
    console.log(got.split('\r\n')[0]);
    console.log('200 sent:', /200 OK/.test(got));
    server.close();
  });
});
// expect: HTTP/1.1 400 Bad Request
// expect: 200 sent: false
