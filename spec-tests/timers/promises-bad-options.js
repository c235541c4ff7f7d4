// doc: timers.md § "timersPromises.setTimeout([delay[, value[, options]]])"
// Invalid options reject the promise (they do not throw).
var tp = require('timers/promises');
tp.setTimeout(1, 'v', 'nope').catch(function (e) { console.log('options', e.code); });
tp.setTimeout(1, 'v', { ref: 1 }).catch(function (e) { console.log('ref', e.code); });
// expect: options ERR_INVALID_ARG_TYPE
// expect: ref ERR_INVALID_ARG_TYPE
