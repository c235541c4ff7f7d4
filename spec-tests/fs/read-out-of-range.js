// doc: fs.md § "fs.read(fd, buffer, offset, length, position, callback)"
// A length past the end of the buffer throws ERR_OUT_OF_RANGE.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.read(0, Buffer.alloc(2), 0, 5, 0, function () {}); } catch (e) { console.log(e.code); }
// expect: ERR_OUT_OF_RANGE
