// doc: url.md § "url.resolve(from, to)"
// resolve combines a base and a relative URL the way a browser resolves an anchor.
var url = require('url');
console.log(url.resolve('/one/two/three', 'four'));
console.log(url.resolve('http://example.com/', '/one'));
console.log(url.resolve('http://example.com/one', '/two'));
// expect: /one/two/four
// expect: http://example.com/one
// expect: http://example.com/two
