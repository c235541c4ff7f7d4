// doc: http.md § "Event: 'connection'"
// 'connection' fires once per TCP connection, with the socket, before its requests.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) { console.log('request', req.url); res.end(); });
server.on('connection', function (socket) { console.log('connection', typeof socket.write); });
var two = 'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
wire.exchange(server, two, function () {});
// expect: connection function
// expect: request /1
// expect: request /2
