// doc: language.md § "classes"
// A subclass calls super() and reaches parent methods with super.method().
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.kind = 'dog'; }
  speak() { return super.speak() + ' (woof)'; }
}
const d = new Dog('Rex');
console.log(d.speak(), d instanceof Animal, d.kind);
// expect: Rex makes a sound (woof) true dog
