// doc: language.md § "class fields"
// Public instance fields are set before the constructor body; static fields and blocks run once with this as the class.
class Widget {
  static count = 0;
  static { this.kind = 'widget'; }
  id = ++Widget.count;
  label = `w${this.id}`;
  constructor() { console.log('ctor sees', this.label); }
}
new Widget(); new Widget();
console.log(Widget.count, Widget.kind);
// expect: ctor sees w1
// expect: ctor sees w2
// expect: 2 widget
