// doc: fs.md § "fsPromises.access(path[, mode])"
// access resolves with undefined when the check passes.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.promises.access(__filename).then(function (v) { console.log(v); });
// expect: undefined
