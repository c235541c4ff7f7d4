// doc: util.md § "util.inspect(object[, options])"
// Circular references print as [Circular *1], with <ref *1> on the target.
var util = require('util');
var o = { name: 'root', child: { } };
o.child.parent = o;
o.self = o;
console.log(util.inspect(o));
// expect: <ref *1> {
// expect:   name: 'root',
// expect:   child: { parent: [Circular *1] },
// expect:   self: [Circular *1]
// expect: }
