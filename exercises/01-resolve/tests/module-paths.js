// doc: modules.md § "`module.paths`"
// module.paths lists node_modules in the file's folder and every parent, nearest first.
var path = require('path');
var paths = require('./fixtures/app/deep/er/mod').paths;
for (var i = 0; i < 4; i++) console.log(path.relative(__dirname, paths[i]));
// expect: fixtures/app/deep/er/node_modules
// expect: fixtures/app/deep/node_modules
// expect: fixtures/app/node_modules
// expect: fixtures/node_modules
