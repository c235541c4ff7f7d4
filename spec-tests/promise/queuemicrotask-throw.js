// doc: globals.md § "queueMicrotask(callback)"
// An exception thrown by a queueMicrotask callback is an uncaught exception: the process prints it and exits 1.
queueMicrotask(function () { throw new Error('boom in microtask'); });
console.log('queued');
// expect: queued
// expect-exit: 1
// expect-stderr: /boom in microtask/
