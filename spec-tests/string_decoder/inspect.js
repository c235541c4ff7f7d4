// doc: string_decoder.md § "Class: StringDecoder"
// A decoder inspects with its encoding and state buffer.
var StringDecoder = require('string_decoder').StringDecoder;

var d = new StringDecoder('utf8');
d.write(Buffer.from([0xe2]));
console.log(d);
// expect: StringDecoder {
// expect:   encoding: 'utf8',
// expect:   [Symbol(kNativeDecoder)]: <Buffer e2 00 00 00 02 01 01>
// expect: }
