// internal/util/legacy_predicates: util.isArray, util.isString... the old
// type predicates, deprecated in Node's documentation but still exported.
//
// Interface: install(util) adds them to the util exports object.
// Node doc: api/util.md § "Deprecated APIs"

'use strict';

var types = require('internal/util/types');

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isBuffer(b) {
  var B = (function () { return this; })().Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' && B.isBuffer(b);
}

var predicates = {
  isArray: Array.isArray,
  isBoolean: function (arg) { return typeof arg === 'boolean'; },
  isBuffer: isBuffer,
  isNull: function (arg) { return arg === null; },
  isNullOrUndefined: function (arg) { return arg === null || arg === undefined; },
  isNumber: function (arg) { return typeof arg === 'number'; },
  isString: function (arg) { return typeof arg === 'string'; },
  isSymbol: function (arg) { return typeof arg === 'symbol'; },
  isUndefined: function (arg) { return arg === undefined; },
  isRegExp: types.isRegExp,
  isObject: function (arg) { return arg !== null && typeof arg === 'object'; },
  isDate: types.isDate,
  isError: isError,
  isFunction: function (arg) { return typeof arg === 'function'; },
  isPrimitive: function (arg) {
    return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
  }
};

function install(util) {
  Object.keys(predicates).forEach(function (name) { util[name] = predicates[name]; });
}

module.exports = { install: install };
