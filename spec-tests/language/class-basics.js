// doc: language.md § "classes"
// A class has a constructor, prototype methods, static methods and accessors.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  set length(v) { this.x = v; this.y = 0; }
  toString() { return `(${this.x}, ${this.y})`; }
  static origin() { return new Point(0, 0); }
}
const p = new Point(3, 4);
console.log(p.length, String(p), String(Point.origin()));
p.length = 2;
console.log(String(p));
// expect: 5 (3, 4) (0, 0)
// expect: (2, 0)
