// internal/builtins/dom_exception: DOMException, the error class of the web
// APIs Node ships (AbortSignal's reasons, structuredClone's DataCloneError).
//
// What: `new DOMException(message = '', name = 'Error')` with the legacy
// numeric `code` looked up from the name.
// Interface: install(global) defines global DOMException if absent; exports
// DOMException.
// Invariants: instances are real Duktape errors (they get a traceback) whose
// prototype is DOMException.prototype, which inherits Error.prototype, so
// `e instanceof Error` holds as in Node; String(e) is 'AbortError: ...'.
//
// Read first: nothing.  Spec: WebIDL § "DOMException"; Node doc: globals.md.
'use strict';

var common = require('internal/builtins/common');

var CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
  InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8,
  NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
  InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
  URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
  InvalidNodeTypeError: 24, DataCloneError: 25
};

function DOMException(message, name) {
  if (!(this instanceof DOMException)) {
    throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
  }
  var err = new Error(message === undefined ? '' : String(message));
  Object.setPrototypeOf(err, Object.getPrototypeOf(this));
  var n = name === undefined ? 'Error' : String(name);
  common.defineValue(err, 'name', n);
  common.defineValue(err, 'code', common.hasOwn(CODES, n) ? CODES[n] : 0);
  return err;
}
DOMException.prototype = Object.create(Error.prototype);
common.defineValue(DOMException.prototype, 'constructor', DOMException);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', configurable: true
});
for (var name in CODES) {
  if (common.hasOwn(CODES, name)) {
    var constName = name.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toUpperCase()
      .replace(/_ERROR$/, '_ERR');
    Object.defineProperty(DOMException, constName, { value: CODES[name], enumerable: true });
  }
}

function install(global) {
  if (typeof global.DOMException !== 'function') {
    common.defineValue(global, 'DOMException', DOMException);
  }
}

exports.install = install;
exports.DOMException = DOMException;
