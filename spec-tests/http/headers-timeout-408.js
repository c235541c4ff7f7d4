// doc: http.md § "server.headersTimeout"
// A client that never finishes its headers within headersTimeout gets 408 Request Timeout.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer({ headersTimeout: 200, requestTimeout: 400, connectionsCheckingInterval: 50 },
  function () { console.log('not reached'); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\n', wire.show);
// expect: HTTP/1.1 408 Request Timeout
// expect: Connection: close
// expect: |
// expect: |
