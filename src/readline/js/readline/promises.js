// readline/promises: readline with rl.question() returning a Promise.
//
// What: the same Interface as `readline` (internal/readline/interface.js)
//   whose question(query[, { signal }]) returns a Promise of the answer; it
//   rejects with ERR_USE_AFTER_CLOSE once the interface is closed, and with
//   an AbortError when the signal aborts. A question pending at close()
//   stays pending, as in Node 20.
// Interface (api/readline.md § "Promises API"): Interface,
//   createInterface(options | input, output, completer, terminal);
//   Readline (the cursor-editing class) throws ERR_NOT_IMPLEMENTED.
// Read first: internal/readline/interface.js.
// Node: lib/readline/promises.js, lib/internal/readline/promises.js.
'use strict';

var impl = require('internal/readline/interface');
var errors = require('internal/errors');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  impl.InterfaceConstructor(this, input, output, completer, terminal);
}
impl.install(Interface);

Interface.prototype.question = function question(query, options) {
  var self = this;
  return new Promise(function (resolve, reject) {
    var cb = resolve;
    var signal = options && options.signal;
    if (signal) {
      if (signal.aborted) return reject(new errors.AbortError(undefined, { cause: signal.reason }));
      var onAbort = function () {
        self._questionCallback = null;
        self.setPrompt(self._oldPrompt);
        reject(new errors.AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      cb = function (answer) {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    impl.kQuestion(self, query, cb);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

function Readline() {
  throw errors.notImplemented('readline/promises Readline');
}

module.exports = { Interface: Interface, createInterface: createInterface, Readline: Readline };
