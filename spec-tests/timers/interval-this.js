// doc: timers.md § "Class: Timeout"
// Inside a timer callback, `this` is the Timeout object.
var t = setTimeout(function () { console.log(this === t); }, 1);
var iv = setInterval(function () { console.log(this === iv); clearInterval(this); }, 1);
// expect: true
// expect: true
