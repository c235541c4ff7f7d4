// require('module'): the CommonJS Module class for user code.
// Node doc: api/module.md (Module.builtinModules, createRequire, isBuiltin).
var Module = require('internal/modules/cjs/loader');
var realm = require('internal/bootstrap/realm');

Module.isBuiltin = function (id) {
  var s = String(id);
  return realm.canBeRequiredByUsers(s.slice(0, 5) === 'node:' ? s.slice(5) : s);
};
module.exports = Module;
