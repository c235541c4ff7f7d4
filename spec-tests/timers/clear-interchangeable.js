// doc: timers.md § "clearInterval(timeout)"
// clearTimeout stops an interval and clearInterval stops a timeout.
var iv = setInterval(function () { console.log('never iv'); }, 5);
var t = setTimeout(function () { console.log('never t'); }, 5);
clearTimeout(iv);
clearInterval(t);
setTimeout(function () { console.log('done'); }, 30);
// expect: done
