// doc: http.md § "http.validateHeaderValue(name, value)"
// An undefined value throws ERR_HTTP_INVALID_HEADER_VALUE.
var http = require('http');
try {
  http.validateHeaderValue('x-none', undefined);
} catch (e) {
  console.log(e instanceof TypeError, e.code);
  console.log(e.message);
}
// expect: true ERR_HTTP_INVALID_HEADER_VALUE
// expect: Invalid value "undefined" for header "x-none"
