// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// process.stdout.write's callback runs after the data is written, never inside write().
process.stdout.write('first\n', function () { console.log('callback'); });
console.log('after write');
// expect: first
// expect: after write
// expect: callback
