// doc: timers.md § "timeout.refresh()"
// refresh() restarts the timer, so it fires its full delay after the refresh.
var start = Date.now();
var t = setTimeout(function () {
  console.log(Date.now() - start >= 55 ? 'late enough' : 'too early');
}, 40);
setTimeout(function () { t.refresh(); }, 20);
// expect: late enough
