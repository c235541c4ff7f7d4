// doc: http.md § "Event: 'checkContinue'"
// Expect: 100-continue without a 'checkContinue' listener gets 100 Continue before the response.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  req.resume();
  req.on('end', function () { res.end('got it'); });
});
wire.exchange(server, 'POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi', function (t) {
  console.log(t.split('\r\n')[0]);
  console.log(/got it$/.test(t));
});
// expect: HTTP/1.1 100 Continue
// expect: true
