// doc: http.md § "request.getRawHeaderNames()"
// A client request's getRawHeaderNames() returns the names as they were set, case kept, after the Host it adds.
var http = require('http');
var req = http.request({ host: '127.0.0.1', port: 1, agent: false });
req.setHeader('X-Foo-Bar', 'a');
req.setHeader('content-TYPE', 'b');
console.log(JSON.stringify(req.getRawHeaderNames()));
console.log(JSON.stringify(req.getHeaderNames()));
req.on('error', function () {});
req.destroy();
// expect: ["Host","X-Foo-Bar","content-TYPE"]
// expect: ["host","x-foo-bar","content-type"]
