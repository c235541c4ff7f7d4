// doc: http.md § "response.getHeaderNames()"
// Header names are case-insensitive: getHeaderNames() and getHeaders() report them lower-cased.
var http = require('http');
var res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
res.setHeader('X-Mixed-Case', 'a');
res.setHeader('CONTENT-type', 'text/plain');
console.log(JSON.stringify(res.getHeaderNames()));
console.log(res.getHeader('x-MIXED-case'), res.hasHeader('Content-Type'));
var h = res.getHeaders();
console.log(h['content-type'], Object.getPrototypeOf(h) === null);
// expect: ["x-mixed-case","content-type"]
// expect: a true
// expect: text/plain true
