// doc: http.md § "http.maxHeaderSize"
// The maximum size of HTTP headers defaults to 16 KiB.
var http = require('http');
console.log(http.maxHeaderSize);
// expect: 16384
