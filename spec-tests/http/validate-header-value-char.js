// doc: http.md § "http.validateHeaderValue(name, value)"
// A value holding an invalid character throws ERR_INVALID_CHAR.
var http = require('http');
http.validateHeaderValue('x-ok', 'tab\tand latin1 \u00e9');
try {
  http.validateHeaderValue('x-bad', 'a\r\nInjected: 1');
} catch (e) {
  console.log(e instanceof TypeError, e.code);
  console.log(e.message);
}
// expect: true ERR_INVALID_CHAR
// expect: Invalid character in header content ["x-bad"]
