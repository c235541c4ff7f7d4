// internal/util/wrappers: util functions that wrap other functions —
// promisify, callbackify, deprecate.
//
// Interface: promisify(fn) (honours fn[util.promisify.custom]), promisify.custom;
//   callbackify(asyncFn); deprecate(fn, msg[, code]).
// Invariants:
//   * Promise is looked up on the global object at call time (polyfill on Duktape).
//   * deprecate warns once per wrapper, and once per code across wrappers,
//     through process.emitWarning(msg, 'DeprecationWarning', code, fn).
// Node doc: api/util.md § "util.promisify(original)", "util.callbackify(original)",
//   "util.deprecate(fn, msg[, code])"

'use strict';

var codes = require('internal/errors').codes;
var validators = require('internal/validators');

var kCustomPromisifiedSymbol = Symbol['for']('nodejs.util.promisify.custom');
var kCustomPromisifyArgsSymbol = Symbol['for']('minode.util.promisify.customArgs');

function copyOwnProperties(target, source, adjust) {
  var names = Object.getOwnPropertyNames(source).concat(Object.getOwnPropertySymbols(source));
  for (var i = 0; i < names.length; i++) {
    var desc = Object.getOwnPropertyDescriptor(source, names[i]);
    if (adjust) adjust(names[i], desc);
    try {
      Object.defineProperty(target, names[i], desc);
    } catch (e) {
      // Non-configurable own properties of the wrapper (Duktape: length,
      // prototype) stay as they are.
    }
  }
  return target;
}

function hideSymbol(fn, value) {
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: value, enumerable: false, writable: false, configurable: true
  });
  return fn;
}

// @anchor promisify
function promisify(original) {
  validators.validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    var custom = original[kCustomPromisifiedSymbol];
    validators.validateFunction(custom, 'util.promisify.custom');
    return hideSymbol(custom, custom);
  }
  var argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn() {
    var self = this;
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err) {
        if (err) return reject(err);
        if (argumentNames !== undefined && arguments.length > 2) {
          var obj = {};
          for (var i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = arguments[i + 1];
          return resolve(obj);
        }
        return resolve(arguments[1]);
      });
      original.apply(self, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  hideSymbol(fn, fn);
  return copyOwnProperties(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // null means "no error" to a callback: wrap falsy rejection reasons.
  if (!reason) reason = new codes.ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

// @anchor callbackify
function callbackify(original) {
  validators.validateFunction(original, 'original');
  function callbackified() {
    var args = Array.prototype.slice.call(arguments);
    var maybeCb = args.pop();
    validators.validateFunction(maybeCb, 'last argument');
    var self = this;
    var cb = function () { return maybeCb.apply(self, arguments); };
    original.apply(this, args).then(function (ret) {
      process.nextTick(cb, null, ret);
    }, function (rej) {
      process.nextTick(callbackifyOnRejected, rej, cb);
    });
  }
  return copyOwnProperties(callbackified, original, function (name, desc) {
    if (name === 'length' && typeof desc.value === 'number') desc.value++;
    if (name === 'name' && typeof desc.value === 'string') desc.value += 'Callbackified';
  });
}

var codesWarned = {};

// @anchor deprecate
function deprecate(fn, msg, code) {
  if (code !== undefined) validators.validateString(code, 'code');
  var warned = false;
  function emitDeprecationWarning() {
    if (warned) return;
    warned = true;
    if (code !== undefined) {
      if (!codesWarned[code]) {
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        codesWarned[code] = true;
      }
    } else {
      process.emitWarning(msg, 'DeprecationWarning', deprecated);
    }
  }
  function deprecated() {
    if (!process.noDeprecation) emitDeprecationWarning();
    if (this instanceof deprecated) {
      var obj = Object.create(fn.prototype);
      var ret = fn.apply(obj, arguments);
      return (ret !== null && typeof ret === 'object') || typeof ret === 'function' ? ret : obj;
    }
    return fn.apply(this, arguments);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

module.exports = {
  promisify: promisify,
  callbackify: callbackify,
  deprecate: deprecate,
  kCustomPromisifyArgsSymbol: kCustomPromisifyArgsSymbol
};
