// doc: url.md § "url.parse(urlString[, parseQueryString[, slashesDenoteHost]])"
// The legacy parser returns a Url object; parseQueryString turns the query into an object.
var url = require('url');
var u = url.parse('http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash', true);
console.log(u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname);
console.log(u.hash, u.search, JSON.stringify(u.query), u.pathname, u.path);
console.log(u.href);
// expect: http: true user:pass host.com:8080 8080 host.com
// expect: #hash ?query=string {"query":"string"} /p/a/t/h /p/a/t/h?query=string
// expect: http://user:pass@host.com:8080/p/a/t/h?query=string#hash
