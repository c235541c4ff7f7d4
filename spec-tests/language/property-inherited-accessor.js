// doc: language.md § "property access"
// A read finds the nearest property up the prototype chain; an inherited getter runs with the
// original object as this, an inherited setter takes the write, an own property shadows both.
'use strict';
var base = {
  get g() { return 'getter of ' + this.tag; },
  set s(v) { this.seen = v; }
};
var mid = Object.create(base);
mid.m = 'from mid';
var o = Object.create(mid);
o.tag = 'o';
console.log(o.g, '|', o.m, '|', o.nope, '|', typeof o.toString);
o.s = 5;
console.log(o.seen, Object.prototype.hasOwnProperty.call(o, 's'));
Object.defineProperty(o, 'g', { value: 'own', writable: true, configurable: true });
console.log(o.g);
delete o.g;
console.log(o.g);
mid.m = 'changed';
console.log(o.m);
// expect: getter of o | from mid | undefined | function
// expect: 5 false
// expect: own
// expect: getter of o
// expect: changed
