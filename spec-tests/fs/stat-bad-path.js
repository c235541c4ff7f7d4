// doc: fs.md § "fs.stat(path[, options], callback)"
// A non-string path throws ERR_INVALID_ARG_TYPE synchronously.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.stat(123, function () {}); } catch (e) { console.log(e.code, e.message); }
// expect: ERR_INVALID_ARG_TYPE The "path" argument must be of type string or an instance of Buffer or URL. Received type number (123)
