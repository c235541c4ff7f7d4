// doc: console.md § "`console.assert(value[, ...message])`"
// console.assert prints 'Assertion failed' plus the formatted message to stderr when the value is falsy, and nothing otherwise.
console.assert(true, 'never shown');
console.assert(false, 'value was %s', 'bad');
console.log('no throw');
// expect: no throw
// expect-stderr: /^Assertion failed: value was bad$/
