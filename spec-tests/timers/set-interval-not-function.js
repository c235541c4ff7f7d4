// doc: timers.md § "setInterval(callback[, delay[, ...args]])"
// setInterval and setImmediate validate their callback too.
['setInterval', 'setImmediate'].forEach(function (name) {
  try { global[name](null, 1); } catch (e) { console.log(name, e.code); }
});
// expect: setInterval ERR_INVALID_ARG_TYPE
// expect: setImmediate ERR_INVALID_ARG_TYPE
