// doc: http.md § "http.validateHeaderValue(name, value)"
// validateHeaderValue() accepts tabs, spaces and Latin-1 text, and names the header when it refuses one.
var http = require('http');
console.log(http.validateHeaderValue('x-a', 'a\tb c \u00ff'));
try { http.validateHeaderValue('x-a', 'a\u0007b'); } catch (e) {
  console.log(e.code, /\["x-a"\]/.test(e.message));
}
// expect: undefined
// expect: ERR_INVALID_CHAR true
