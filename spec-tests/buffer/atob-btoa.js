// doc: buffer.md § "buffer.atob(data)"
// atob/btoa convert between latin1 strings and base64, strictly.
var buffer = require('buffer');
console.log(buffer.btoa('hello'), buffer.atob('aGVsbG8='), buffer.atob(' aGVs bG8 '));
try { buffer.atob('a'); } catch (e) { console.log(e.name); }
try { buffer.btoa('\u20ac'); } catch (e) { console.log(e.name); }
// expect: aGVsbG8= hello hello
// expect: InvalidCharacterError
// expect: InvalidCharacterError
