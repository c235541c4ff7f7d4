// doc: url.md § "url.format(urlObject)"
// format builds a URL string from a Url-like object (query objects are stringified).
var url = require('url');
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
console.log(url.format({ protocol: 'http:', host: 'a.com', pathname: 'x#y', search: 'q=1', hash: 'h' }));
console.log(url.format(new URL('https://a:b@example.org/x?y#z'), { auth: false, fragment: false, search: false }));
// expect: https://example.com/some/path?page=1&format=json
// expect: http://a.com/x%23y?q=1#h
// expect: https://example.org/x
