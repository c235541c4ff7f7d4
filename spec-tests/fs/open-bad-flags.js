// doc: fs.md § "File system flags"
// An unknown flag string throws ERR_INVALID_ARG_VALUE.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.openSync(__filename, 'zz'); } catch (e) { console.log(e.code, e.message); }
// expect: ERR_INVALID_ARG_VALUE The argument 'flags' is invalid. Received 'zz'
