// doc: fs.md § "File URL paths"
// A file: URL is accepted wherever a path is.
var fs = require('fs');
var path = require('path');
var os = require('os');
console.log(fs.existsSync(new URL('file://' + __filename)));
// expect: true
