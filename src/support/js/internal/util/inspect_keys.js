// internal/util/inspect_keys: which own keys util.inspect prints for an
// object, and the prefix in front of its braces ("Foo [bar] ", "[Object: null
// prototype] "). Part of util.inspect; read inspect.js first.
//
// Interface: getKeys(value, showHidden), getOwnNonIndexProperties(value,
//   showHidden, isTyped), getPrefix(constructor, tag, fallback[, size]),
//   getCtxStyle(value, constructor, tag), getTag(ctx, value), isEnumerable.
// Invariants: pure functions of their arguments; enumerable keys come first
//   in Object.keys order, then enumerable symbols (all of them with
//   showHidden), as Node prints them.
// Node doc: api/util.md § "util.inspect(object[, options])"
'use strict';

var types = require('internal/util/types');

function getPrefix(constructor, tag, fallback, size) {
  if (size === undefined) size = '';
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    }
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
  return constructor + size + ' ';
}

function isEnumerable(value, key) {
  return Object.prototype.propertyIsEnumerable.call(value, key);
}

// Own keys to print: enumerable ones (plus non-enumerable with showHidden).
function getKeys(value, showHidden) {
  var keys;
  var symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (var i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    keys = Object.keys(value);
    for (var j = 0; j < symbols.length; j++) {
      if (isEnumerable(value, symbols[j])) keys.push(symbols[j]);
    }
  }
  return keys;
}

var indexKeyRegExp = /^(0|[1-9][0-9]*)$/;
// Keys of an array or typed array that are not indices.
function getOwnNonIndexProperties(value, showHidden, isTyped) {
  var keys = getKeys(value, showHidden);
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (typeof k === 'string' && indexKeyRegExp.test(k) && +k < 4294967295) continue;
    if (isTyped && k === 'length') continue; // Duktape: own; V8: a prototype getter
    out.push(k);
  }
  return out;
}

function getCtxStyle(value, constructor, tag) {
  var fallback = '';
  if (constructor === null) {
    fallback = types.classOf(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function getTag(ctx, value) {
  var tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ?
      Object.prototype.hasOwnProperty.call(value, Symbol.toStringTag) :
      isEnumerable(value, Symbol.toStringTag)))) {
    return '';
  }
  return tag;
}

module.exports = {
  getKeys: getKeys,
  getOwnNonIndexProperties: getOwnNonIndexProperties,
  getPrefix: getPrefix,
  getCtxStyle: getCtxStyle,
  getTag: getTag,
  isEnumerable: isEnumerable
};
