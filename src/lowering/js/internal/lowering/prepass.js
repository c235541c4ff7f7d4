// The pre-pass: lowers what Bublé cannot (ES2016+ and iteration) to ES2015.
//
// What: parses with a current acorn, walks the tree once and registers
// line-preserving text edits (edits.js) for: async functions and await,
// generators and yield, for-of and for-await-of over any iterable, spread and
// array destructuring of iterables, template literals (tagged too), ?., ??,
// ??= ||= &&=, class fields and static blocks, new.target, optional catch
// bindings, numeric separators, computed methods in object literals. Its output
// is ES2015 that Bublé then lowers to ES5 (see ../lowering.js).
// Interface: lowerToEs2015(acorn, source) -> string; throws {message, pos}
//   for unsupported constructs (lowering.js turns it into a SyntaxError).
// Invariants: every line of the input stays on its line in the output. Lowered
//   code calls helpers on the global `__minode` (runtime.js), and uses temps
//   named $mn<N>, declared with var in the nearest function body.
// Read first: edits.js, then prepass_rules.js (one function per construct).
'use strict';

var Edits = require('internal/lowering/edits').Edits;
var rules = require('internal/lowering/prepass_rules');
var classes = require('internal/lowering/prepass_classes');

// A function or program: where temps are declared.
function Scope(cx, pos) {
  var names = [];
  this.names = names;
  cx.ed.insert(pos, function () { return names.length ? 'var ' + names.join(', ') + ';' : ''; });
}

function Context(acorn, source) {
  this.src = source;
  this.ed = new Edits(source);
  this.counter = 0;
  this.scopes = [];       // Scope of each enclosing block-bodied function
  this.fns = [];          // enclosing function nodes (arrows included)
  this.comments = [];     // acorn comment ranges, for classes (flattening)
  this.ctorFns = [];      // FunctionExpressions that are class constructors
}

Context.prototype.ctorOf = function (fn) {
  return this.ctorFns.indexOf(fn) !== -1;
};

Context.prototype.temp = function () {
  var name = '$mn' + (++this.counter);
  this.scopes[this.scopes.length - 1].names.push(name);
  return name;
};

Context.prototype.programTemp = function () {
  var name = '$mn' + (++this.counter);
  this.scopes[0].names.push(name);
  return name;
};

Context.prototype.fail = function (node, what) {
  throw { minodeLowering: true, message: 'minode does not support ' + what, pos: node.start };
};

// The innermost enclosing non-arrow function (or null at top level).
Context.prototype.thisFunction = function () {
  for (var i = this.fns.length - 1; i >= 0; i--) {
    if (this.fns[i].type !== 'ArrowFunctionExpression') return this.fns[i];
  }
  return null;
};

function afterDirectives(body, start) {
  var pos = start;
  for (var i = 0; i < body.length; i++) {
    var st = body[i];
    if (st.type !== 'ExpressionStatement' || typeof st.directive !== 'string') break;
    pos = st.end;
  }
  return pos;
}

function isFunction(node) {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression';
}

function visitChildren(cx, node) {
  for (var key in node) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    var v = node[key];
    if (v === null || typeof v !== 'object') continue;
    if (v instanceof Array) {
      for (var i = 0; i < v.length; i++) {
        if (v[i] && typeof v[i].type === 'string') visit(cx, v[i], node);
      }
    } else if (typeof v.type === 'string') {
      visit(cx, v, node);
    }
  }
}

function visit(cx, node, parent) {
  var rule = rules.byType[node.type] || classes.byType[node.type];
  if (rule) rule(cx, node, parent);
  if (!isFunction(node)) {
    visitChildren(cx, node);
    return;
  }
  cx.fns.push(node);
  var block = node.body.type === 'BlockStatement';
  if (block) cx.scopes.push(new Scope(cx, afterDirectives(node.body.body, node.body.start + 1)));
  visitChildren(cx, node);
  if (block) cx.scopes.pop();
  cx.fns.pop();
}

function lowerToEs2015(acorn, source) {
  var cx = new Context(acorn, source);
  var ast;
  ast = acorn.parse(source, {
    ecmaVersion: 2022, sourceType: 'script', allowReturnOutsideFunction: true,
    allowHashBang: true, onComment: cx.comments
  });
  if (source.charAt(0) === '#' && source.charAt(1) === '!') {
    cx.ed.replace(0, 2, function () { return '//'; });
  }
  cx.scopes.push(new Scope(cx, afterDirectives(ast.body, 0)));
  visitChildren(cx, ast);
  return cx.ed.emit(0, source.length);
}

module.exports = { lowerToEs2015: lowerToEs2015 };
