// doc: fs.md § "fs.close(fd[, callback])"
// A negative fd throws ERR_OUT_OF_RANGE.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.close(-1, function () {}); } catch (e) { console.log(e.code); }
// expect: ERR_OUT_OF_RANGE
