// doc: http.md § "Event: 'checkExpectation'"
// An Expect value other than 100-continue gets 417 when nobody listens for 'checkExpectation'.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function () { console.log('not reached'); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nConnection: close\r\n\r\n', function (t) {
  console.log(t.split('\r\n')[0]);
});
// expect: HTTP/1.1 417 Expectation Failed
