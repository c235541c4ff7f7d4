// doc: timers.md § "clearTimeout(timeout)"
// A timeout may clear itself from inside its own callback (a no-op).
var t = setTimeout(function () { clearTimeout(t); console.log('ran'); }, 1);
// expect: ran
