// doc: globals.md § "Static method: `AbortSignal.abort([reason])`"
// AbortSignal.abort returns an already-aborted signal; AbortSignal cannot be constructed directly.
var s = AbortSignal.abort('why');
console.log(s.aborted, s.reason);
try { new AbortSignal(); } catch (e) { console.log(e.name + ' ' + e.code); }
console.log(Object.prototype.toString.call(s));
// expect: true why
// expect: TypeError ERR_ILLEGAL_CONSTRUCTOR
// expect: [object AbortSignal]
