// doc: util.md § "util.debuglog(section[, callback])"
// NODE_DEBUG is read at startup: without it a debuglog section is disabled and prints nothing, even if process.env changes later.
var util = require('util');
var early = util.debuglog('early');
process.env.NODE_DEBUG = 'early,late';
var late = util.debuglog('late');
early('not printed %s', 'at all');
late('not printed either');
console.log(early.enabled, late.enabled, typeof early);
var seen = null;
var withCallback = util.debuglog('cb', function (fn) { seen = typeof fn; });
withCallback('first call initialises');
console.log(seen);
// expect: false false function
// expect: function
