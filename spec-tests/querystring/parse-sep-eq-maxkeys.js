// doc: querystring.md § "querystring.parse(str[, sep[, eq[, options]]])"
// Custom separators are honoured and maxKeys limits how many pairs are read.
var qs = require('querystring');
console.log(JSON.stringify(qs.parse('w:1;x:2', ';', ':')));
console.log(JSON.stringify(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })));
// expect: {"w":"1","x":"2"}
// expect: {"a":"1","b":"2"}
