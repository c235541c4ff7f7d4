// path/posix: the POSIX path functions (Node's `require('path/posix')`).
// Interface: the same object as require('path').posix, which on minode is
// require('path') itself. Doc: api/path.md § "path.posix".
'use strict';
module.exports = require('path').posix;
