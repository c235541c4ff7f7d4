// doc: http.md § "http.request(url[, options][, callback])"
// A method that is not an HTTP token is refused with ERR_INVALID_HTTP_TOKEN before anything is sent.
var http = require('http');
try {
  http.request({ host: '127.0.0.1', port: 1, method: 'GE T' });
  console.log('no throw');
} catch (e) { console.log(e.code, e.name); }
// expect: ERR_INVALID_HTTP_TOKEN TypeError
