// doc: http.md § "Event: 'finish'"
// end(body) from the handler: the code after end() runs first, then
// 'prefinish', 'finish' and 'close' in that order; writableEnded is true at once.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.on('prefinish', function () { console.log('prefinish'); });
  res.on('finish', function () { console.log('finish'); });
  res.on('close', function () { console.log('close'); });
  res.end('hello');
  console.log('after end', res.writableEnded, res.headersSent, res.statusMessage);
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  console.log(/Content-Length: 5\r\n/.test(text), /\r\n\r\nhello$/.test(text));
});
// expect: prefinish
// expect: after end true true OK
// expect: finish
// expect: close
// expect: true true
