// doc: http.md § "http.validateHeaderName(name[, label])"
// A name that is not a valid HTTP token throws a TypeError with code ERR_INVALID_HTTP_TOKEN.
var http = require('http');
http.validateHeaderName('X-Fine');
try {
  http.validateHeaderName('bad name');
} catch (e) {
  console.log(e instanceof TypeError, e.code);
  console.log(e.message);
}
// expect: true ERR_INVALID_HTTP_TOKEN
// expect: Header name must be a valid HTTP token ["bad name"]
