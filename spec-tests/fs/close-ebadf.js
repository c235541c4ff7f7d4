// doc: fs.md § "fs.closeSync(fd)"
// Closing an fd that is not open throws EBADF with no path.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.closeSync(987654); } catch (e) { console.log(e.message, e.errno, e.path); }
// expect: EBADF: bad file descriptor, close -9 undefined
