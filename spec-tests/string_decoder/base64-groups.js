// doc: string_decoder.md § "stringDecoder.write(buf)"
// base64 emits whole 3-byte groups and pads the rest at end().
var StringDecoder = require('string_decoder').StringDecoder;

var d = new StringDecoder('base64');
console.log(JSON.stringify(d.write(Buffer.from('ab'))), JSON.stringify(d.write(Buffer.from('cde'))), d.end());
var u = new StringDecoder('base64url');
console.log(u.write(Buffer.from([0xfb, 0xff])) + '|' + u.end());
// expect: "" "YWJj" ZGU=
// expect: |-_8
