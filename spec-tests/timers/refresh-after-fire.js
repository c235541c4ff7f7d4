// doc: timers.md § "timeout.refresh()"
// Refreshing a timer that already fired makes it fire again.
var n = 0;
var t = setTimeout(function () {
  n++;
  console.log('fire', n);
  if (n < 2) t.refresh();
}, 2);
// expect: fire 1
// expect: fire 2
