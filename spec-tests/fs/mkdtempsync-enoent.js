// doc: fs.md § "fs.mkdtempSync(prefix[, options])"
// The error names the template with XXXXXX.
var fs = require('fs');
var path = require('path');
var os = require('os');
try { fs.mkdtempSync('/nonexistent-minode/x'); } catch (e) { console.log(e.message); }
// expect: ENOENT: no such file or directory, mkdtemp '/nonexistent-minode/xXXXXXX'
