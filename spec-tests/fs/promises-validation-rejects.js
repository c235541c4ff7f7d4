// doc: fs.md § "Promises API"
// Bad arguments reject the promise instead of throwing.
var fs = require('fs');
var path = require('path');
var os = require('os');
var r = fs.promises.readFile(42);
console.log('no throw');
r.catch(function (e) { console.log(e.code); });
// expect: no throw
// expect: ERR_INVALID_ARG_TYPE
