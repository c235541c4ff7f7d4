// doc: process.md § "Event: `'warning'`"
// Emitted warnings reach 'warning' listeners as Error objects with name, message and code.
process.on('warning', function (w) {
  console.log(w instanceof Error, w.name, w.message, w.code);
});
process.emitWarning('heads up', { type: 'MyWarning', code: 'W1' });
// expect: true MyWarning heads up W1
