// doc: querystring.md § "querystring.parse(str[, sep[, eq[, options]]])"
// options.decodeURIComponent and options.encodeURIComponent replace the default codec.
var qs = require('querystring');
var o = qs.parse('a=x%41', null, null, { decodeURIComponent: function (s) { return '<' + s + '>'; } });
console.log(JSON.stringify(o));
console.log(qs.stringify({ k: 'v w' }, null, null, { encodeURIComponent: function (s) { return s.toUpperCase(); } }));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
// expect: {"<a>":"<x%41>"}
// expect: K=V W
// expect: true true
