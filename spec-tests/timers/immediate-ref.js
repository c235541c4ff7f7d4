// doc: timers.md § "immediate.ref()"
// ref() after unref() makes the immediate run again; hasRef() reflects it.
var i = setImmediate(function () { console.log('ran'); });
i.unref();
i.ref();
console.log(i.hasRef());
// expect: true
// expect: ran
