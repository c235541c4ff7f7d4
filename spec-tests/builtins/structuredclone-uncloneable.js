// doc: globals.md § "`structuredClone(value[, options])`"
// Functions and symbols cannot be cloned: DataCloneError, a DOMException with code 25.
try { structuredClone({ f: function f() {} }); } catch (e) {
  console.log(e.name + ' ' + e.code + ' ' + (e instanceof DOMException) + ' ' + (e instanceof Error));
  console.log(/^function f\(\) \{.*\} could not be cloned\.$/.test(e.message));
}
try { structuredClone(Symbol('x')); } catch (e) { console.log(e.message); }
// expect: DataCloneError 25 true true
// expect: true
// expect: Symbol(x) could not be cloned.
