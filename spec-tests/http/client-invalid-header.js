// doc: http.md § "http.request(url[, options][, callback])"
// http.request() throws synchronously for a header value with CR/LF or an invalid header name.
var http = require('http');
[{ 'X-A': 'v\r\nInjected: 1' }, { 'Bad Name': 'v' }].forEach(function (headers) {
  try {
    http.request({ host: '127.0.0.1', port: 1, headers: headers });
    console.log('no throw');
  } catch (e) { console.log(e.code); }
});
// expect: ERR_INVALID_CHAR
// expect: ERR_INVALID_HTTP_TOKEN
