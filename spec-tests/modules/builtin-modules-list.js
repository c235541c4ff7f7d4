// doc: module.md § "`module.builtinModules`"
// require('module').builtinModules lists the built-in ids (without 'node:' and without internals).
var list = require('module').builtinModules;
console.log(Array.isArray(list), list.indexOf('path') >= 0, list.indexOf('events') >= 0);
console.log(list.filter(function (id) { return id.indexOf('internal/') === 0; }).length);
// expect: true true true
// expect: 0
