// doc: http.md § "Class: http.Agent" (keepAlive: a freed socket serves the next request)
// The head and a whole body larger than the response's highWaterMark arrive in
// one read: push() returns false, the client pauses the socket, and the same
// read completes the message. Node's parserOnMessageComplete lets the socket
// flow again ("force to read the next incoming message"); without that the
// kept-alive socket stays paused and the second request on it never gets its
// response (minode used to exit with nothing printed).
var http = require('http');
var net = require('net');
var body = Buffer.alloc(40000, 97);
var head = 'HTTP/1.1 200 OK\r\nContent-Length: ' + body.length + '\r\nConnection: keep-alive\r\n\r\n';
var connections = 0;
var server = net.createServer(function (sock) {
  connections++;
  var pending = '';
  sock.on('data', function (d) {
    pending += d.toString('latin1');
    var i;
    while ((i = pending.indexOf('\r\n\r\n')) !== -1) {
      pending = pending.slice(i + 4);
      sock.write(Buffer.concat([Buffer.from(head), body]));
    }
  });
});
var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(cb) {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: agent }, function (res) {
    var n = 0;
    // Read only after the whole response has been parsed and buffered.
    setTimeout(function () {
      res.on('data', function (d) { n += d.length; });
      res.on('end', function () { cb(n); });
    }, 50);
  });
}
server.listen(0, '127.0.0.1', function () {
  get(function (n1) {
    console.log('first', n1);
    setTimeout(function () {
      get(function (n2) {
        console.log('second', n2, 'connections', connections);
        agent.destroy();
        server.close();
      });
    }, 10);
  });
});
// expect: first 40000
// expect: second 40000 connections 1
