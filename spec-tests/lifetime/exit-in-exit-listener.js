// doc: process.md § "Event: 'exit'"
// process.exit() inside an 'exit' listener does not emit 'exit' again.
var n = 0;
process.on('exit', function () {
  n++;
  console.log('exit', n);
  process.exit(4);
});
// expect: exit 1
// expect-exit: 4
