// fs/promises: require('fs/promises'), the same object as fs.promises.
// The implementation is internal/fs/promises.js.
// Node doc: api/fs.md § "Promises API".
'use strict';
module.exports = require('internal/fs/promises');
