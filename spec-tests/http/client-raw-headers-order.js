// doc: http.md § "message.rawHeaders"
// On the client, res.rawHeaders keeps the server's names, case and order, duplicates included.
var http = require('http');
var net = require('net');
var server = net.createServer(function (sock) {
  sock.once('data', function () {
    sock.end('HTTP/1.1 200 OK\r\nX-Zed: 1\r\nset-COOKIE: a\r\nX-Alpha: 2\r\nSet-Cookie: b\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
});
server.listen(0, '127.0.0.1', function () {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, function (res) {
    console.log(JSON.stringify(res.rawHeaders));
    console.log(JSON.stringify(res.headers['set-cookie']));
    res.resume();
    res.on('end', function () { server.close(); });
  });
});
// expect: ["X-Zed","1","set-COOKIE","a","X-Alpha","2","Set-Cookie","b","Content-Length","0","Connection","close"]
// expect: ["a","b"]
