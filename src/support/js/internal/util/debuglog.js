// internal/util/debuglog: util.debuglog(section), switched on by NODE_DEBUG.
//
// What: NODE_DEBUG=foo,bar* enables sections (case-insensitive, '*' wildcard).
// An enabled logger writes "SECTION PID: message" to stderr; a disabled one
// does nothing. NODE_DEBUG is read once, when this module loads during
// bootstrap (console needs util): later changes to process.env do not count,
// as in Node.
//
// Interface: debuglog(section[, callback]) -> logger with .enabled
// Node doc: api/util.md § "util.debuglog(section[, callback])"

'use strict';

var testEnabled = null;
var debugImpls = Object.create(null);

function initializeDebugEnv(debugEnv) {
  if (debugEnv) {
    debugEnv = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replace(/\*/g, '.*').replace(/,/g, '$|^');
    var re = new RegExp('^' + debugEnv + '$', 'i');
    testEnabled = function (str) { return re.test(str); };
  } else {
    testEnabled = function () { return false; };
  }
}

function ensureEnv() {
  if (testEnabled === null) initializeDebugEnv(process.env.NODE_DEBUG);
}
ensureEnv();

function noop() {}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      var pid = process.pid;
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning('Setting the NODE_DEBUG environment variable to \'' +
          set.toLowerCase() + '\' can expose sensitive data (such as passwords, tokens ' +
          'and authentication headers) in the resulting log.');
      }
      debugImpls[set] = function debug() {
        var f = require('internal/util/format');
        var msg = f.formatWithOptions.apply(null, [{ colors: false }].concat(
          Array.prototype.slice.call(arguments)));
        process.stderr.write(f.format('%s %s: %s\n', set, pid, msg));
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  var enabled;
  var impl = null;
  function init() {
    ensureEnv();
    set = set.toUpperCase();
    enabled = testEnabled(set);
  }
  function logger() {
    if (impl === null) {
      init();
      impl = debuglogImpl(enabled, set);
      if (typeof cb === 'function') cb(impl);
    }
    return impl.apply(undefined, arguments);
  }
  Object.defineProperty(logger, 'enabled', {
    get: function () {
      if (enabled === undefined) init();
      return enabled;
    },
    configurable: true,
    enumerable: true
  });
  return logger;
}

module.exports = { debuglog: debuglog, initializeDebugEnv: initializeDebugEnv };
