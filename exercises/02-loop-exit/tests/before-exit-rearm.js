// doc: process.md § "Event: 'beforeExit'"
// A 'beforeExit' listener may schedule more work; the event fires again after it.
// timeout: 3
var n = 0;
process.on('beforeExit', function () {
  n++;
  console.log('beforeExit', n);
  if (n < 3) setTimeout(function () { console.log('more', n); }, 1);
});
// expect: beforeExit 1
// expect: more 1
// expect: beforeExit 2
// expect: more 2
// expect: beforeExit 3
