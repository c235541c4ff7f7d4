// doc: console.md § "`console.assert(value[, ...message])`"
// With no message, a failing console.assert prints just 'Assertion failed'.
console.assert(0);
// expect-stderr: /^Assertion failed$/
