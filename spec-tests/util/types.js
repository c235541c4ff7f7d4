// doc: util.md § "util.types"
// util.types tells built-in object kinds apart.
var types = require('util').types;
console.log(types.isDate(new Date()), types.isDate({}));
console.log(types.isRegExp(/x/), types.isNativeError(new TypeError('t')), types.isNativeError({ message: 'm' }));
console.log(types.isPromise(Promise.resolve()), types.isPromise({ then: function () {} }));
console.log(types.isUint8Array(new Uint8Array(1)), types.isTypedArray(new Float32Array(1)), types.isTypedArray([]));
console.log(types.isArrayBuffer(new ArrayBuffer(1)), types.isBoxedPrimitive(new String('s')), types.isBoxedPrimitive('s'));
// expect: true false
// expect: true true false
// expect: true false
// expect: true true false
// expect: true true false
