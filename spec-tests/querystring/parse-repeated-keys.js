// doc: querystring.md § "querystring.parse(str[, sep[, eq[, options]]])"
// Repeated keys become arrays, '+' decodes to a space, and the result has no prototype.
var qs = require('querystring');
var o = qs.parse('foo=bar&abc=xyz&abc=123&sp=a+b%20c&empty');
console.log(JSON.stringify(o));
console.log(Object.getPrototypeOf(o));
// expect: {"foo":"bar","abc":["xyz","123"],"sp":"a b c","empty":""}
// expect: null
