// doc: url.md § "url.parse(urlString[, parseQueryString[, slashesDenoteHost]])"
// The classic url.parse(req.url, true).query idiom works on a path-only URL.
var url = require('url');
var u = url.parse('/search?q=node+js&page=2&tag=a&tag=b', true);
console.log(u.pathname, u.host, JSON.stringify(u.query));
console.log(JSON.stringify(url.parse('//a/b').pathname), url.parse('//a/b', false, true).host);
// expect: /search null {"q":"node js","page":"2","tag":["a","b"]}
// expect: "//a/b" a
