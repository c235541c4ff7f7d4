// doc: modules.md § "Loading from `node_modules` folders"
// "Node.js will not append node_modules to a path already ending in node_modules."
var path = require('path');
var paths = require('./fixtures/app/node_modules/lib-a/paths');
for (var i = 0; i < 3; i++) console.log(path.relative(__dirname, paths[i]));
// expect: fixtures/app/node_modules/lib-a/node_modules
// expect: fixtures/app/node_modules
// expect: fixtures/node_modules
