// doc: querystring.md § "querystring.unescape(str)"
// Malformed percent escapes never throw: invalid ones stay as text, bad UTF-8 becomes U+FFFD.
var qs = require('querystring');
var o = qs.parse('a=%zz%41&b=%E0%A4%A');
console.log(o.a, o.b.charCodeAt(0).toString(16), o.b.slice(1));
console.log(qs.unescape('%41%') === 'A%');
// expect: %zzA fffd %A
// expect: true
