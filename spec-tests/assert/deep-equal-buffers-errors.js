// doc: assert.md § "Comparison details"
// Buffers compare byte by byte; Errors also compare their (non-enumerable) name and message.
var assert = require('assert');
assert.deepStrictEqual(Buffer.from('abc'), Buffer.from('abc'));
assert.notDeepStrictEqual(Buffer.from('abc'), Buffer.from('abd'));
assert.deepStrictEqual(new Error('x'), new Error('x'));
assert.notDeepStrictEqual(new Error('x'), new Error('y'));
assert.notDeepStrictEqual(new Error('x'), new TypeError('x'));
console.log('ok');
// expect: ok
