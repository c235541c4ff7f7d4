// doc: http.md § "http.request(url[, options][, callback])"
// A path with a space or control character is refused with ERR_UNESCAPED_CHARACTERS.
var http = require('http');
try {
  http.request({ host: '127.0.0.1', port: 1, path: '/a b' });
  console.log('no throw');
} catch (e) { console.log(e.code, e.name); }
// expect: ERR_UNESCAPED_CHARACTERS TypeError
