// doc: http.md § "message.rawHeaders"
// rawHeaders lists names and values exactly as received, duplicates included.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(JSON.stringify(req.rawHeaders));
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX-Dup: 1\r\nx-dup: 2\r\nConnection: close\r\n\r\n', function () {});
// expect: ["Host","x","X-Dup","1","x-dup","2","Connection","close"]
