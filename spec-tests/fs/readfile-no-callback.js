// doc: fs.md § "fs.readFile(path[, options], callback)"
// readFile without a callback throws ERR_INVALID_ARG_TYPE synchronously.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.readFile(__filename); } catch (e) { console.log(e.code, e.message); }
// expect: ERR_INVALID_ARG_TYPE The "cb" argument must be of type function. Received undefined
