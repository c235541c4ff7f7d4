// doc: http.md § "response.setHeader(name, value)"
// A header value containing CR or LF is refused with ERR_INVALID_CHAR (no response splitting).
var http = require('http');
var res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
['a\r\nSet-Cookie: evil=1', 'a\nb', 'a\rb'].forEach(function (v) {
  try { res.setHeader('X-Test', v); console.log('accepted'); } catch (e) { console.log(e.code, e.name); }
});
console.log(res.hasHeader('X-Test'));
// expect: ERR_INVALID_CHAR TypeError
// expect: ERR_INVALID_CHAR TypeError
// expect: ERR_INVALID_CHAR TypeError
// expect: false
