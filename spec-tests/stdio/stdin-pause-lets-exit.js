// doc: stream.md § "readable.pause()"
// Pausing process.stdin stops reading it, so the process can exit before 'end'.
process.stdin.once('data', function () {
  console.log('got data');
  process.stdin.pause();
});
process.stdin.on('end', function () { console.log('end'); });
process.on('exit', function () { console.log('exit, paused:', process.stdin.isPaused()); });
// stdin: some input
// expect: got data
// expect: exit, paused: true
