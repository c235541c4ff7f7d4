// doc: fs.md § "String paths"
// A path containing a null byte throws ERR_INVALID_ARG_VALUE.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.statSync('a\u0000b'); } catch (e) { console.log(e.code); }
// expect: ERR_INVALID_ARG_VALUE
