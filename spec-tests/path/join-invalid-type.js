// doc: path.md § "path.join([...paths])"
// A non-string segment throws a TypeError with code ERR_INVALID_ARG_TYPE.
var path = require('path');
try { path.join('foo', {}, 'bar'); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
// expect: TypeError ERR_INVALID_ARG_TYPE
// expect: The "path" argument must be of type string. Received an instance of Object
