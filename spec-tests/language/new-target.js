// doc: language.md § "classes"
// new.target names the constructor that new was applied to, and is undefined in a plain call.
function F() { return new.target === F ? 'new' : 'call'; }
console.log(new F() instanceof F, F());
class A { constructor() { this.made = new.target.name; } }
class B extends A {}
console.log(new A().made, new B().made);
// expect: true call
// expect: A B
