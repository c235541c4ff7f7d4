// readline: read a stream line by line (`require('readline')`).
//
// What: createInterface() wraps a Readable (usually process.stdin) in an
//   Interface that emits 'line' per line and 'close' at the end, asks
//   questions with rl.question(query, cb), and iterates lines with
//   `for await (const line of rl)`. The promise API is readline/promises.
// Interface (api/readline.md): Interface, createInterface(options) or
//   createInterface(input[, output[, completer[, terminal]]]), cursorTo,
//   moveCursor, clearLine, clearScreenDown, promises; emitKeypressEvents
//   throws ERR_NOT_IMPLEMENTED (there is no terminal mode).
// Invariants: see internal/readline/interface.js. An Interface over
//   process.stdin keeps the process alive until it is closed or stdin ends.
// Not implemented: terminal mode (raw keys, cursor editing, history, tab
//   completion); an interface is always terminal: false.
// Read first: internal/readline/interface.js.
// Node: lib/readline.js. Doc: api/readline.md.
'use strict';

var util = require('util');
var impl = require('internal/readline/interface');
var callbacks = require('internal/readline/callbacks');
var errors = require('internal/errors');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  impl.InterfaceConstructor(this, input, output, completer, terminal);
}
impl.install(Interface);

// rl.question(query[, options], callback)
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object' && options.signal) {
    var signal = options.signal;
    if (signal.aborted) return;
    var self = this;
    var onAbort = function () { self._questionCallback = null; self.setPrompt(self._oldPrompt); };
    signal.addEventListener('abort', onAbort, { once: true });
    var userCb = cb;
    cb = function (answer) {
      signal.removeEventListener('abort', onAbort);
      userCb(answer);
    };
  }
  if (typeof cb === 'function') impl.kQuestion(this, query, cb);
};

// util.promisify(rl.question) resolves with the answer (no error argument).
Interface.prototype.question[util.promisify.custom] = function question(query, options) {
  var self = this;
  return new Promise(function (resolve) {
    self.question(query, options || {}, resolve);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface: Interface,
  createInterface: createInterface,
  clearLine: callbacks.clearLine,
  clearScreenDown: callbacks.clearScreenDown,
  cursorTo: callbacks.cursorTo,
  moveCursor: callbacks.moveCursor,
  emitKeypressEvents: function emitKeypressEvents() {
    throw errors.notImplemented('readline.emitKeypressEvents');
  }
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true, enumerable: true,
  get: function () { return require('readline/promises'); }
});
