// doc: timers.md § "clearTimeout(timeout)"
// clearTimeout, clearInterval and clearImmediate ignore values that are not timers.
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearTimeout(12345);
clearInterval('x'); clearImmediate(undefined); clearImmediate({});
console.log('ok');
// expect: ok
