// internal/util/inspect_error: the one-token heads util.inspect prints for
// errors ("the stack"), functions ([Function: f], [class A extends B]) and
// boxed primitives ([Number: 3]).
//
// Interface: formatError(err, constructor, tag, ctx, keys), getFunctionBase(fn,
//   constructor, tag), getBoxedBase(value, ctx, keys, constructor, tag).
//   formatError and getBoxedBase may remove entries from `keys` (properties
//   already visible in the stack, the index keys of a String object).
//
// Invariants: ports of Node v20's functions of the same names.
// Engine notes: Duktape keeps no function source, so a class is recognised by
//   its source text ('class ...', native classes) or, for classes the module
//   loader lowered to functions, by an own property Symbol.for('minode.class').
//   With colors, Node greys core-module frames and underlines node_modules;
//   minode prints frames uncoloured.
// Read first: inspect_kinds.js.

'use strict';

var prim = require('internal/util/inspect_primitives');
var types = require('internal/util/types');

var inspectModule = null;
function I() {
  if (inspectModule === null) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

var classMarker = Symbol['for']('minode.class');

function getStackString(error) {
  return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

// Frames shared with err.cause's stack collapse to "... N lines matching ...".
function identicalSequenceRange(a, b) {
  for (var i = 0; i < a.length - 3; i++) {
    var pos = b.indexOf(a[i]);
    if (pos !== -1) {
      var rest = b.length - pos;
      if (rest > 3) {
        var len = 1;
        var maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len: len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  var frames = stack.split('\n');
  var cause;
  try {
    cause = err.cause;
  } catch (e) {
    cause = undefined;
  }
  if (cause != null && (types.isNativeError(cause) || cause instanceof Error)) {
    var causeStack = getStackString(cause);
    var causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      var causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      var r = identicalSequenceRange(frames, causeFrames);
      if (r.len > 0) {
        var skipped = r.len - 2;
        var msg = '    ... ' + skipped + ' lines matching cause stack trace ...';
        frames.splice(r.offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Makes the first line name the real class: "Foo [TypeError]: msg" etc.
function improveStack(stack, constructor, name, tag) {
  var len = name.length;
  if (constructor === null ||
      (name.slice(-5) === 'Error' && stack.indexOf(name) === 0 &&
      (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    var fallback = 'Error';
    if (constructor === null) {
      var start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    var prefix = I().getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.indexOf(name) !== -1) {
        stack = len === 0 ? prefix + ': ' + stack : prefix + stack.slice(len);
      } else {
        stack = prefix + ' [' + name + ']' + stack.slice(len);
      }
    }
  }
  return stack;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    var names = ['name', 'message', 'stack'];
    for (var i = 0; i < names.length; i++) {
      var index = keys.indexOf(names[i]);
      if (index !== -1 && stack.indexOf(err[names[i]]) !== -1) keys.splice(index, 1);
    }
  }
}

// @anchor format-error
function formatError(err, constructor, tag, ctx, keys) {
  var name = err.name != null ? String(err.name) : 'Error';
  var stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || keys.indexOf('cause') === -1)) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || keys.indexOf('errors') === -1)) {
    keys.push('errors');
  }
  stack = improveStack(stack, constructor, name, tag);
  var pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  var stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = '[' + stack + ']';
  } else {
    var lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    stack = stack.slice(0, stackStart) + '\n' + lines.join('\n');
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.split('\n').join('\n' + prim.repeat(' ', ctx.indentationLvl));
  }
  return stack;
}

function isClass(value) {
  if (Object.prototype.hasOwnProperty.call(value, classMarker)) return true;
  var src;
  try {
    src = Function.prototype.toString.call(value);
  } catch (e) {
    return false;
  }
  if (src.slice(0, 5) !== 'class' || src[src.length - 1] !== '}') return false;
  var slice = src.slice(5, -1);
  var bracketIndex = slice.indexOf('{');
  return bracketIndex !== -1 && (slice.slice(0, bracketIndex).indexOf('(') === -1 ||
    /^(\s+[^(]*?)\s*{/.test(slice.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, '')));
}

function getClassBase(value, constructor, tag) {
  var hasName = Object.prototype.hasOwnProperty.call(value, 'name');
  var name = (hasName && value.name) || '(anonymous)';
  var base = 'class ' + name;
  if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  if (constructor !== null) {
    var superName = Object.getPrototypeOf(value).name;
    if (superName) base += ' extends ' + superName;
  } else {
    base += ' extends [null prototype]';
  }
  return '[' + base + ']';
}

function getFunctionBase(value, constructor, tag) {
  if (isClass(value)) return getClassBase(value, constructor, tag);
  var type = 'Function';
  if (types.isGeneratorFunction(value)) type = 'Generator' + type;
  if (types.isAsyncFunction(value)) type = 'Async' + type;
  var base = '[' + type;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '' || value.name === undefined) base += ' (anonymous)';
  else base += ': ' + value.name;
  base += ']';
  if (constructor !== type && constructor !== null) base += ' ' + constructor;
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  return base;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  var type = types.classOf(value);
  var fn = { Number: Number, String: String, Boolean: Boolean, Symbol: Symbol }[type].prototype.valueOf;
  if (type === 'String') keys.splice(0, value.length);
  var base = '[' + type;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ' (' + constructor + ')';
  }
  base += ': ' + prim.formatPrimitive(I().stylizeNoColor, fn.call(value), ctx) + ']';
  if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
  if (keys.length !== 0 || ctx.stylize === I().stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

module.exports = {
  formatError: formatError,
  getFunctionBase: getFunctionBase,
  getBoxedBase: getBoxedBase,
  identicalSequenceRange: identicalSequenceRange
};
