// Pre-pass rules for classes: fields, static blocks, extends of built-ins.
//
// What: ES2022 class elements Bublé does not know are moved to where ES2015
// can express them:
//   * instance fields `x = v;` become `this.x = (v);` at the start of the
//     constructor (after the top-level super() call in a derived class; a
//     constructor is added when there is none);
//   * static fields and static blocks become a function run with this = the
//     class right after the class is defined (__minode.classStatics);
//   * `extends X` becomes `extends __minode.classBase(X)`, so that a class can
//     extend Error and the other native constructors (runtime.js).
// Moved code is flattened onto one line (its line comments made block
// comments), and its newlines stay where it was: lines do not move.
// Interface: module.exports.byType = { ClassDeclaration, ClassExpression }.
// Invariants: fields are defined by assignment (documented difference).
// Read first: prepass.js; docs/language.md § classes.
'use strict';

var H = '__minode.';

function flat(text) {
  return text.replace(/\r?\n/g, ' ');
}

// Line comments inside moved code would swallow what follows once flattened.
function blockComments(cx, el) {
  var ed = cx.ed;
  cx.comments.forEach(function (c) {
    if (c.type !== 'Line' || c.start < el.start || c.end > el.end) return;
    ed.replace(c.start, c.end, function () { return '/*' + c.value.replace(/\*\//g, '* /') + '*/'; });
  });
}

function keyAccess(cx, el) {
  if (el.computed) return '[' + cx.ed.text(el.key) + ']';
  if (el.key.type === 'Identifier') return '.' + el.key.name;
  return '[' + el.key.raw + ']';
}

function fieldCode(cx, el) {
  var value = el.value ? '(' + flat(cx.ed.text(el.value)) + ')' : 'void 0';
  return 'this' + keyAccess(cx, el) + ' = ' + value + ';';
}

function staticBlockCode(cx, el) {
  var open = cx.src.indexOf('{', el.start);
  return '{' + flat(cx.ed.emit(open + 1, el.end - 1)) + '}';
}

// The top-level `super(...);` statement of a derived constructor.
function superStatement(ctor) {
  var body = ctor.value.body.body;
  for (var i = 0; i < body.length; i++) {
    var st = body[i];
    if (st.type === 'ExpressionStatement' && st.expression.type === 'CallExpression' &&
        st.expression.callee.type === 'Super') return st;
  }
  return null;
}

function placeInstanceFields(cx, node, ctor, fields) {
  var code = function () { return ' ' + fields.map(function (f) { return fieldCode(cx, f); }).join(' ') + ' '; };
  if (!ctor) {
    var derived = !!node.superClass;
    cx.ed.insert(node.body.start + 1, function () {
      return derived ? 'constructor(...args) { super(...args);' + code() + '}' : 'constructor() {' + code() + '}';
    });
  } else if (!node.superClass) {
    cx.ed.insert(ctor.value.body.start + 1, code);
  } else {
    var st = superStatement(ctor);
    if (!st) cx.fail(ctor, 'class fields with super() called other than as a statement of the constructor');
    cx.ed.insert(st.end, code, true);
  }
}

function placeStatics(cx, node, statics) {
  var code = function () {
    return statics.map(function (el) {
      return el.type === 'StaticBlock' ? staticBlockCode(cx, el) : fieldCode(cx, el);
    }).join(' ');
  };
  if (node.type === 'ClassDeclaration') {
    cx.ed.insert(node.end, function () {
      return ';' + H + 'classStatics(' + node.id.name + ', function () {' + code() + '});';
    }, true);
  } else {
    cx.ed.insert(node.start, '(' + H + 'classStatics(');
    cx.ed.insert(node.end, function () { return ', function () {' + code() + '}))'; }, true);
  }
}

function classRule(cx, node) {
  var ctor = null, fields = [], statics = [], ed = cx.ed;
  if (node.superClass) {
    var sc = node.superClass;
    ed.replace(sc.start, sc.end, function () { return H + 'classBase(' + ed.text(sc) + ')'; });
  }
  node.body.body.forEach(function (el) {
    if (el.type === 'MethodDefinition') {
      if (el.kind === 'constructor') { ctor = el; cx.ctorFns.push(el.value); }
      return;
    }
    if (el.type === 'PropertyDefinition' && !el.static) fields.push(el);
    else statics.push(el);
    blockComments(cx, el);
    ed.replace(el.start, el.end, function () { return ed.newlinesOf(el.start, el.end); });
  });
  if (fields.length) placeInstanceFields(cx, node, ctor, fields);
  if (statics.length) placeStatics(cx, node, statics);
}

module.exports.byType = { ClassDeclaration: classRule, ClassExpression: classRule };
