// doc: language.md § "class fields"
// In a subclass, fields are initialised right after super() returns.
class Base { constructor() { this.order = ['base']; } }
class Child extends Base {
  tag = this.order.push('field');
  constructor() { super(); this.order.push('ctor'); }
}
console.log(new Child().order.join(','));
class Arrowy { value = 42; get = () => this.value; }
const { get } = new Arrowy();
console.log(get());
// expect: base,field,ctor
// expect: 42
