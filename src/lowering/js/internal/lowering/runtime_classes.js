// Class helpers for lowered code: template objects, static initializers and
// extending native constructors.
//
// What: Bublé lowers `class E extends Error` to a constructor that calls
// Error.call(this, message). A native Error called that way returns a new
// object and leaves `this` untouched (no message, no stack). classBase(X)
// hands Bublé, for the native error constructors, a JS stand-in with the same
// prototype that initialises `this` as `new X(...)` would: message, cause and
// a stack whose first line is "<name>: <message>".
// Interface: templateObject(cooked, raw), classStatics(C, fn), classBase(X).
// Invariants: classBase(X) === X for every X that is not a native error
//   constructor (JS constructors initialise `this` themselves).
// Read first: runtime.js; docs/language.md § classes (known differences).
'use strict';

function templateObject(cooked, raw) {
  Object.defineProperty(cooked, 'raw', { value: Object.freeze(raw) });
  return Object.freeze(cooked);
}

// Runs a class's static field initializers and static blocks with this = C.
function classStatics(C, fn) {
  fn.call(C);
  return C;
}

var nativeErrors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
var bases = [];

// The stack lines of a trace captured in ErrorBase, without ErrorBase's own.
function framesOf(holder) {
  var lines = String(holder.stack).split('\n');
  return lines.slice(2).join('\n');
}

function makeErrorBase(X) {
  function ErrorBase(message, options) {
    if (message !== undefined) {
      Object.defineProperty(this, 'message', { value: String(message), writable: true, configurable: true });
    }
    if (options !== null && typeof options === 'object' && 'cause' in options) {
      Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
    }
    var holder = new X();
    Object.defineProperty(this, 'stack', {
      configurable: true,
      get: function () {
        var head = String(this.name === undefined ? 'Error' : this.name);
        var msg = String(this.message === undefined ? '' : this.message);
        if (msg) head = head ? head + ': ' + msg : msg;
        return head + '\n' + framesOf(holder);
      },
      set: function (v) { Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true }); }
    });
  }
  ErrorBase.prototype = X.prototype;
  Object.setPrototypeOf(ErrorBase, X);
  return ErrorBase;
}

function classBase(X) {
  var i = nativeErrors.indexOf(X);
  if (i === -1) return X;
  return bases[i] || (bases[i] = makeErrorBase(X));
}

module.exports = { templateObject: templateObject, classStatics: classStatics, classBase: classBase };
