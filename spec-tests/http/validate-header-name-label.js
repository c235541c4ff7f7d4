// doc: http.md § "http.validateHeaderName(name[, label])"
// validateHeaderName() returns nothing for a token and throws ERR_INVALID_HTTP_TOKEN, naming the label, otherwise.
var http = require('http');
console.log(http.validateHeaderName('X-Ok'));
try { http.validateHeaderName('x y', 'Trailer name'); } catch (e) {
  console.log(e.code, /^Trailer name must be a valid HTTP token \["x y"\]$/.test(e.message));
}
try { http.validateHeaderName('x y'); } catch (e) {
  console.log(/^Header name must be a valid HTTP token \["x y"\]$/.test(e.message));
}
// expect: undefined
// expect: ERR_INVALID_HTTP_TOKEN true
// expect: true
