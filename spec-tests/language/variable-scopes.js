// doc: language.md § "property access"
// Variables resolve to the innermost enclosing declaration: a closure reads and writes its outer
// function's variables both while that function runs and after it returned; eval and with add
// scopes at run time; a named function expression's own name cannot be reassigned.
var counter = (function () {
  var n = 0;
  function bump() { n++; return n; }
  bump();
  var seenInside = n; // the outer function is still running: n is in its registers
  return { bump: bump, read: function () { return n; }, seenInside: seenInside };
})();
counter.bump();
console.log(counter.seenInside, counter.read(), counter.bump());
var shadow = 'module';
function inner() { var shadow = 'inner'; return (function () { return shadow; })(); }
console.log(inner(), shadow);
function withEval() {
  eval('var added = "from eval"');
  return (function () { return added; })();
}
console.log(withEval());
var obj = { w: 'from with' };
var w = 'module w';
with (obj) { console.log(w); w = 'written through with'; }
console.log(obj.w, w);
var named = function self() { self = 1; return typeof self; };
console.log(named());
try { (function () { 'use strict'; undeclaredStrict = 1; })(); } catch (e) { console.log(e.name); }
try { console.log(notDeclaredAnywhere); } catch (e) { console.log(e.name); }
console.log(typeof notDeclaredAnywhere);
// expect: 1 2 3
// expect: inner module
// expect: from eval
// expect: from with
// expect: written through with module w
// expect: function
// expect: ReferenceError
// expect: ReferenceError
// expect: undefined
