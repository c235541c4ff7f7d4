// doc: fs.md § "fs.write(fd, buffer, offset[, length[, position]], callback)"
// Writing a number throws ERR_INVALID_ARG_TYPE.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.writeSync(1, 5); } catch (e) { console.log(e.code); }
// expect: ERR_INVALID_ARG_TYPE
