// doc: fs.md § "Callback API"
// A callback-form call never calls back before the calling code finishes.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.stat(__filename, function () { console.log('callback'); });
console.log('after call');
// expect: after call
// expect: callback
