// doc: process.md § "Event: 'uncaughtException'"
// When an immediate throws and an 'uncaughtException' listener handles it,
// the rest of its batch runs in the same check phase: before a timer that
// came due meanwhile (Node's CheckImmediate calls processImmediate again).
process.on('uncaughtException', function (e) { console.log('caught', e.message); });
setImmediate(function () {
  setTimeout(function () { console.log('timeout'); }, 1);
  var start = Date.now();
  while (Date.now() - start < 5) {}  // the timer is due before the batch ends
  throw new Error('boom');
});
setImmediate(function () { console.log('rest'); });
// expect: caught boom
// expect: rest
// expect: timeout
