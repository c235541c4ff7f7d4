// doc: util.md § "Class: util.TextEncoder"
// util.TextEncoder encodes to UTF-8 and util.TextDecoder decodes it back.
var util = require('util');
var bytes = new util.TextEncoder().encode('h\u00e9');
console.log(bytes.length, bytes[0], bytes[1], bytes[2]);
console.log(new util.TextDecoder().decode(bytes) === 'h\u00e9', util.TextEncoder === TextEncoder);
// expect: 3 104 195 169
// expect: true true
