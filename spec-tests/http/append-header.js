// doc: http.md § "outgoingMessage.appendHeader(name, value)"
// appendHeader() adds a value to a header instead of replacing it.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.setHeader('X-List', 'a');
  res.appendHeader('X-List', 'b');
  res.appendHeader('X-List', ['c', 'd']);
  console.log(JSON.stringify(res.getHeader('x-list')));
  res.end();
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', wire.show);
// expect: ["a","b","c","d"]
// expect: HTTP/1.1 200 OK
// expect: X-List: a
// expect: X-List: b
// expect: X-List: c
// expect: X-List: d
// expect: Date: <date>
// expect: Connection: close
// expect: Content-Length: 0
// expect: |
// expect: |
