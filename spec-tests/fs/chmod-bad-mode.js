// doc: fs.md § "File modes"
// A mode that is not an octal string throws ERR_INVALID_ARG_VALUE.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.chmodSync(__filename, 'rwx'); } catch (e) { console.log(e.code); }
// expect: ERR_INVALID_ARG_VALUE
