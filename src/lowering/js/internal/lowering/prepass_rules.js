// Pre-pass rules for expressions and statements: one function per construct.
//
// What: each rule receives (cx, node, parent) during the walk (prepass.js) and
// registers a replacement whose render() builds the lowered text from the
// rendered children (cx.ed.text(child)). Renders wrap what they build in
// parentheses and pad() the newlines they drop, so lines never move.
// Interface: module.exports.byType[nodeType] = rule.
// Invariants: helpers are reached as __minode.<name> (runtime.js); temps come
// from cx.temp() and are declared by the enclosing function's Scope.
// Read first: prepass.js, edits.js; docs/language.md (the table of constructs).
'use strict';

var H = '__minode.';
var fns = require('internal/lowering/prepass_functions');

// --- literals ---------------------------------------------------------------

function literal(cx, node) {
  if (typeof node.bigint === 'string') cx.fail(node, 'BigInt literal');
  if (node.regex && /[yv]/.test(node.regex.flags)) {
    cx.fail(node, 'the RegExp flag "' + node.regex.flags + '"');
  }
  if (typeof node.value === 'number' && node.raw.indexOf('_') !== -1) {
    var raw = node.raw.replace(/_/g, '');
    cx.ed.replace(node.start, node.end, function () { return raw; });
  }
}

// A JS string literal for s that is valid ES5 (U+2028/9 escaped too).
function quote(s) {
  return JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function templateLiteral(cx, node, parent) {
  if (parent && parent.type === 'TaggedTemplateExpression') return;
  var ed = cx.ed;
  ed.replace(node.start, node.end, function () {
    var parts = [];
    for (var i = 0; i < node.quasis.length; i++) {
      var q = node.quasis[i];
      if (q.value.cooked !== '' || i === 0) parts.push(quote(q.value.cooked) + ed.newlinesOf(q.start, q.end));
      if (i < node.expressions.length) parts.push('(' + ed.text(node.expressions[i]) + ')');
    }
    return ed.pad('(' + parts.join(' + ') + ')', node.start, node.end);
  });
}

// tag`a${x}` -> tag(site, x); the site (strings + raw) is created once per
// call site, in a module-level temp, as the spec requires.
function taggedTemplate(cx, node) {
  var ed = cx.ed, site = cx.programTemp(), quasi = node.quasi;
  ed.replace(node.start, node.end, function () {
    var cooked = [], raw = [], args = [];
    for (var i = 0; i < quasi.quasis.length; i++) {
      var v = quasi.quasis[i].value;
      cooked.push(v.cooked === null || v.cooked === undefined ? 'void 0' : quote(v.cooked));
      raw.push(quote(v.raw));
    }
    for (var j = 0; j < quasi.expressions.length; j++) args.push(ed.text(quasi.expressions[j]));
    var strings = '(' + site + ' || (' + site + ' = ' + H + 'templateObject([' + cooked.join(', ') +
      '], [' + raw.join(', ') + '])))';
    var text = ed.text(node.tag) + '(' + [strings].concat(args).join(', ') + ')';
    return ed.pad(text, node.start, node.end);
  });
}

// --- ?. ?? and logical assignment -------------------------------------------

// Lowers the chain inside a ChainExpression: each optional link becomes
// "(t = <so far>) == null ? void 0 : t<rest>". Returns {conds, cur}.
function chainParts(cx, node, acc) {
  var ed = cx.ed;
  if (node.type === 'MemberExpression') {
    chainParts(cx, node.object, acc);
    if (node.optional) guard(cx, acc);
    acc.base = acc.cur;
    acc.cur += node.computed ? '[' + ed.text(node.property) + ']' : '.' + node.property.name;
    acc.isMember = true;
  } else if (node.type === 'CallExpression') {
    chainParts(cx, node.callee, acc);
    var args = node.arguments.length ?
      ed.emit(node.arguments[0].start, node.arguments[node.arguments.length - 1].end) : '';
    if (node.optional && acc.isMember) {
      var obj = acc.temps.shift(), fn = acc.temps.shift();
      acc.conds += '(' + obj + ' = ' + acc.base + ', ' + fn + ' = ' + obj + acc.cur.slice(acc.base.length) +
        ') == null ? void 0 : ';
      acc.cur = fn + '.call(' + obj + (args ? ', ' + args : '') + ')';
    } else {
      if (node.optional) guard(cx, acc);
      acc.cur += '(' + args + ')';
    }
    acc.isMember = false;
  } else {
    acc.cur = ed.text(node);
    acc.isMember = false;
  }
}

function guard(cx, acc) {
  var t = acc.temps.shift();
  acc.conds += '(' + t + ' = ' + acc.cur + ') == null ? void 0 : ';
  acc.cur = t;
}

// Temps are taken during the walk (the scope is known then, not at render).
function chainTemps(cx, node, temps) {
  if (node.type !== 'MemberExpression' && node.type !== 'CallExpression') return temps;
  chainTemps(cx, node.type === 'CallExpression' ? node.callee : node.object, temps);
  if (node.optional) {
    temps.push(cx.temp());
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') temps.push(cx.temp());
  }
  return temps;
}

function chain(cx, node) {
  var temps = chainTemps(cx, node.expression, []);
  cx.ed.replace(node.start, node.end, function () {
    var acc = { conds: '', cur: '', base: '', isMember: false, temps: temps.slice() };
    chainParts(cx, node.expression, acc);
    return cx.ed.pad('(' + acc.conds + acc.cur + ')', node.start, node.end);
  });
}

function logical(cx, node) {
  if (node.operator !== '??') return;
  var t = cx.temp(), ed = cx.ed;
  ed.replace(node.start, node.end, function () {
    var text = '((' + t + ' = ' + ed.text(node.left) + ') != null ? ' + t + ' : ' + ed.text(node.right) + ')';
    return ed.pad(text, node.start, node.end);
  });
}

// a ??= b  ->  a ?? (a = b) with the object and key of a member evaluated once.
function logicalAssign(cx, node) {
  var op = node.operator.slice(0, -1), ed = cx.ed, left = node.left;
  var o = left.type === 'MemberExpression' ? cx.temp() : null;
  var k = o && left.computed ? cx.temp() : null, t = cx.temp();
  ed.replace(node.start, node.end, function () {
    var pre = '', target = ed.text(left);
    if (o) {
      pre = o + ' = ' + ed.text(left.object) + ', ';
      if (k) pre += k + ' = ' + ed.text(left.property) + ', ';
      target = o + (k ? '[' + k + ']' : '.' + left.property.name);
    }
    var assign = '(' + target + ' = ' + ed.text(node.right) + ')', text;
    if (op === '??') text = '(' + pre + '(' + t + ' = ' + target + ') != null ? ' + t + ' : ' + assign + ')';
    else text = '(' + pre + target + ' ' + op + ' ' + assign + ')';
    return ed.pad(text, node.start, node.end);
  });
}

function assignment(cx, node) {
  if (/^(\?\?|\|\||&&)=$/.test(node.operator)) return logicalAssign(cx, node);
  if (node.left.type === 'ArrayPattern') wrapCall(cx, node.right, 'iterableToArray');
}

// --- iterables: spread and array destructuring --------------------------------

function wrapCall(cx, node, helper) {
  cx.ed.replace(node.start, node.end, function () {
    return H + helper + '(' + cx.ed.text(node) + ')';
  });
}

function spread(cx, node, parent) {
  if (parent.type === 'ObjectExpression') return;   // object spread: Bublé's Object.assign
  wrapCall(cx, node.argument, 'iterableToArray');
}

function declarator(cx, node) {
  if (node.id.type === 'ArrayPattern' && node.init) wrapCall(cx, node.init, 'iterableToArray');
}

// --- statements -------------------------------------------------------------

function catchClause(cx, node) {
  if (!node.param) cx.ed.insert(node.body.start, '($mn_unused) ');
}

function metaProperty(cx, node) {
  if (node.meta.name !== 'new') cx.fail(node, 'import.meta');
  var fn = cx.thisFunction(), ed = cx.ed;
  if (fn && fn.type === 'FunctionExpression' && cx.ctorOf(fn)) {
    ed.replace(node.start, node.end, function () { return 'this.constructor'; });
  } else if (fn && fn.id) {
    ed.replace(node.start, node.end, function () {
      return '(this instanceof ' + fn.id.name + ' ? this.constructor : void 0)';
    });
  } else {
    cx.fail(node, 'new.target outside a named function or class constructor');
  }
}

function unsupported(what) {
  return function (cx, node) { cx.fail(node, what); };
}

module.exports.byType = {
  Literal: literal,
  TemplateLiteral: templateLiteral,
  TaggedTemplateExpression: taggedTemplate,
  ChainExpression: chain,
  LogicalExpression: logical,
  AssignmentExpression: assignment,
  SpreadElement: spread,
  VariableDeclarator: declarator,
  CatchClause: catchClause,
  MetaProperty: metaProperty,
  ForOfStatement: fns.forOf,
  AwaitExpression: fns.awaitExpr,
  YieldExpression: fns.yieldExpr,
  FunctionDeclaration: fns.func,
  FunctionExpression: fns.func,
  ArrowFunctionExpression: fns.func,
  Property: fns.property,
  MethodDefinition: fns.method,
  ImportDeclaration: unsupported('ES module syntax (import); use require()'),
  ExportNamedDeclaration: unsupported('ES module syntax (export); use module.exports'),
  ExportDefaultDeclaration: unsupported('ES module syntax (export); use module.exports'),
  ExportAllDeclaration: unsupported('ES module syntax (export); use module.exports'),
  ImportExpression: unsupported('dynamic import()'),
  PrivateIdentifier: unsupported('private class members (#name)')
};
