// doc: http.md § "server.keepAliveTimeout"
// keepAliveTimeout defaults to 5000 ms, headersTimeout to 60000 and requestTimeout to 300000.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer();
console.log(server.keepAliveTimeout, server.headersTimeout, server.requestTimeout, server.timeout);
console.log(server instanceof require('net').Server);
// expect: 5000 60000 300000 0
// expect: true
