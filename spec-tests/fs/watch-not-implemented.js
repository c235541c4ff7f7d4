// doc: fs.md § "fs.watch(filename[, options][, listener])"
// fs.watch is not implemented in minode: it throws ERR_NOT_IMPLEMENTED.
// minode-differs: minode has no file watching yet; it fails loudly instead.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.watch(__filename); } catch (e) { console.log(e.code); }
try { fs.watchFile(__filename, function () {}); } catch (e) { console.log(e.code); }
// expect: ERR_NOT_IMPLEMENTED
// expect: ERR_NOT_IMPLEMENTED
