// doc: http.md § "message.headersDistinct"
// headersDistinct keeps every value of every header as an array, with no joining or discarding.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  var d = req.headersDistinct;
  console.log(JSON.stringify(d['x-a']), JSON.stringify(d.host), JSON.stringify(d['user-agent']));
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nUser-Agent: u1\r\nx-a: 2\r\nUser-Agent: u2\r\nConnection: close\r\n\r\n', function () {});
// expect: ["1","2"] ["h"] ["u1","u2"]
