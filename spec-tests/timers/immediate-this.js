// doc: timers.md § "Class: Immediate"
// Inside an immediate callback, `this` is the Immediate object.
var im = setImmediate(function () { console.log(this === im); });
// expect: true
