// doc: fs.md § "fs.readFileSync(path[, options])"
// An unknown encoding throws ERR_INVALID_ARG_VALUE.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.readFileSync(__filename, { encoding: 'bogus' }); } catch (e) { console.log(e.code, e.message); }
// expect: ERR_INVALID_ARG_VALUE The argument 'encoding' is invalid encoding. Received 'bogus'
