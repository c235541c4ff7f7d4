// The built-in module loader: how `require('events')` inside minode's own
// modules finds src/support/js/events.js.
//
// What: the first JS that runs. The C++ side (src/cli/run.cpp) compiles this
// file like any built-in and calls it; it sets module.exports to
// `requireBuiltin(id)`, which every later built-in receives as `require`.
// Interface: module.exports = { requireBuiltin, canBeRequiredByUsers, builtinIds }.
// Invariants: each built-in is compiled and run at most once (cache below);
// a circular require returns the partial exports, as in user land; ids under
// internal/ are never visible to user code (canBeRequiredByUsers).
// Read first: src/engine/engine_binding.cpp (compileBuiltin).
// Node: lib/internal/bootstrap/realm.js (BuiltinModule).
var engine = internalBinding('engine');
var cache = {};
// The realm itself is loaded by C++ before it exists; record it, so that
// require('internal/bootstrap/realm') returns this instance (one cache).
cache['internal/bootstrap/realm'] = module;
var ids = engine.builtinIds();
var userVisible = {};
var i;
for (i = 0; i < ids.length; i++) {
  if (ids[i].indexOf('internal/') !== 0) userVisible[ids[i]] = true;
}

function requireBuiltin(id) {
  var cached = cache[id];
  if (cached !== undefined) return cached.exports;
  var fn = engine.compileBuiltin(id);
  var mod = { id: id, exports: {}, loaded: false };
  cache[id] = mod;
  fn.call(mod.exports, mod.exports, requireBuiltin, mod, globalThis.process, internalBinding);
  mod.loaded = true;
  return mod.exports;
}

function canBeRequiredByUsers(id) {
  return userVisible[id] === true;
}

module.exports = {
  requireBuiltin: requireBuiltin,
  canBeRequiredByUsers: canBeRequiredByUsers,
  builtinIds: ids.filter(canBeRequiredByUsers)
};
