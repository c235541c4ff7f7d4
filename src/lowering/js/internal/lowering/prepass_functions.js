// Pre-pass rules for functions and loops: async/await, generators, for-of.
//
// What: an async function's body becomes
//     { return __minode.async(() => { <body> }); }
// and a generator's body { return __minode.generator(() => { <body> }); }.
// The arrow keeps `this`, `arguments` and `super` lexical (Bublé lowers it);
// runtime.js runs it inside a Duktape.Thread coroutine, so `await x` and
// `yield x` become plain calls (__minode.await(x), __minode.yield(x)) that
// suspend the coroutine. for (x of it) becomes an iterator loop on
// __minode.iterator(it), which works on arrays, strings, Map, Set, arguments
// and any object with [Symbol.iterator].
// Interface: func, property, method, awaitExpr, yieldExpr, forOf (rules).
// Invariants: no keyword survives that Bublé would reject (async, *, await,
// yield, for-of); every line stays where it was.
// Read first: prepass_rules.js; runtime.js (what the helpers do).
'use strict';

var H = '__minode.';

function isMethodValue(node, parent) {
  return parent && ((parent.type === 'Property' && (parent.method || parent.kind !== 'init')) ||
    parent.type === 'MethodDefinition') && parent.value === node;
}

// Drops `async` and `*` from a head; keeps everything else (static, get, [).
function stripHead(text) {
  return text.replace(/^(\s*(?:static\s+)?)async\b\s*/, '$1').replace(/\*\s*/, '');
}

function wrapBody(cx, node) {
  var ed = cx.ed, body = node.body, helper = node.async ? 'async' : 'generator';
  ed.replace(body.start, body.end, function () {
    if (body.type !== 'BlockStatement') {
      return ed.pad('(' + H + helper + '(() => (' + ed.text(body) + ')))', body.start, body.end);
    }
    return '{ return ' + H + helper + '(() => {' + ed.emit(body.start + 1, body.end - 1) + '}); }';
  });
}

function func(cx, node, parent) {
  if (!node.async && !node.generator) return;
  if (node.async && node.generator) cx.fail(node, 'async generator functions (async function*)');
  wrapBody(cx, node);
  if (isMethodValue(node, parent)) return;     // the head is the method's: see property/method
  var ed = cx.ed;
  ed.replace(node.start, node.body.start, function () {
    var head = ed.emit(node.start, node.body.start);
    return head.replace(/^async\b\s*/, '').replace(/^function\s*\*\s*/, 'function ');
  });
}

function stripMethodHead(cx, node) {
  var ed = cx.ed;
  ed.replace(node.start, node.key.start, function () {
    return stripHead(ed.emit(node.start, node.key.start));
  });
}

// Object literal members: async/generator methods lose their keywords, and a
// computed method [k]() {} becomes [k]: function () {} (Duktape rejects
// computed methods; Bublé's own transform of them breaks next to getters).
function property(cx, node, parent) {
  if (parent.type !== 'ObjectExpression') return;
  var fn = node.value;
  if (node.method && (fn.async || fn.generator)) stripMethodHead(cx, node);
  if (node.computed && node.kind !== 'init') cx.fail(node, 'a computed getter or setter in an object literal');
  if (node.method && node.computed) cx.ed.insert(fn.start, ': function ');
}

function method(cx, node) {
  if (node.value.async || node.value.generator) stripMethodHead(cx, node);
}

function awaitExpr(cx, node) {
  var ed = cx.ed;
  ed.replace(node.start, node.end, function () {
    return ed.pad(H + 'await(' + ed.text(node.argument) + ')', node.start, node.end);
  });
}

function yieldExpr(cx, node) {
  var ed = cx.ed, name = node.delegate ? 'yieldStar' : 'yield';
  ed.replace(node.start, node.end, function () {
    var arg = node.argument ? ed.text(node.argument) : '';
    return ed.pad(H + name + '(' + arg + ')', node.start, node.end);
  });
}

// The statement that binds the loop variable from the current step.
function loopBinding(cx, left, value) {
  var ed = cx.ed;
  if (left.type === 'VariableDeclaration') {
    var id = left.declarations[0].id;
    if (id.type === 'ArrayPattern') value = H + 'iterableToArray(' + value + ')';
    return left.kind + ' ' + ed.text(id) + ' = ' + value + ';';
  }
  if (left.type === 'ArrayPattern') value = H + 'iterableToArray(' + value + ')';
  return '(' + ed.text(left) + ' = ' + value + ');';
}

// for (const x of it) body  ->
// for (i = __minode.iterator(it), s = void 0; !(s = i.next()).done; ) { const x = s.value; body }
function forOf(cx, node) {
  var ed = cx.ed, it = cx.temp(), step = cx.temp();
  ed.replace(node.start, node.end, function () {
    var make = node.await ? 'asyncIterator' : 'iterator';
    var next = node.await ? H + 'await(' + it + '.next())' : it + '.next()';
    var head = 'for (' + it + ' = ' + H + make + '(' + ed.text(node.right) + '), ' + step + ' = void 0; !(' +
      step + ' = ' + next + ').done; ) {';
    return ed.pad(head, node.start, node.body.start) + ' ' +
      loopBinding(cx, node.left, step + '.value') + ' ' + ed.text(node.body) + ' }';
  });
}

module.exports = {
  func: func, property: property, method: method,
  awaitExpr: awaitExpr, yieldExpr: yieldExpr, forOf: forOf
};
