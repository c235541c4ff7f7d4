// doc: http.md § "response.setHeader(name, value)"
// Header names must be HTTP tokens: spaces, colons, empty names and non-ASCII give ERR_INVALID_HTTP_TOKEN.
var http = require('http');
var res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
['bad name', 'colon:', '', 'caf\u00e9', 'ok-Name_1!#$%&\'*+.^`|~'].forEach(function (n) {
  try { res.setHeader(n, 'v'); console.log('ok'); } catch (e) { console.log(e.code); }
});
// expect: ERR_INVALID_HTTP_TOKEN
// expect: ERR_INVALID_HTTP_TOKEN
// expect: ERR_INVALID_HTTP_TOKEN
// expect: ERR_INVALID_HTTP_TOKEN
// expect: ok
