// doc: timers.md § "Class: Timeout"
// setTimeout and setInterval return Timeout objects; setImmediate an Immediate.
var t = setTimeout(function () {}, 1);
var i = setImmediate(function () {});
console.log(t.constructor.name, i.constructor.name);
console.log(typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh);
// expect: Timeout Immediate
// expect: function function function function
