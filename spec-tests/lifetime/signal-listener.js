// doc: process.md § "Signal events"
// A 'SIGUSR2' listener replaces the default action and receives the signal name.
process.on('SIGUSR2', function (name) {
  console.log('got', name);
  clearTimeout(keep);
});
var keep = setTimeout(function () {}, 5000);
process.kill(process.pid, 'SIGUSR2');
// expect: got SIGUSR2
