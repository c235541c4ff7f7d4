// doc: http.md § "Event: 'close'"
// A 'close' listener added from a 'finish' listener still hears the response's 'close'.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.on('finish', function () {
    console.log('finish');
    res.on('close', function () { console.log('close'); });
  });
  res.end('x');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', function () {},
              function (text) { return text.indexOf('\r\n\r\nx') !== -1; });
// expect: finish
// expect: close
