// doc: console.md § "`console.error([data][, ...args])`"
// console.error formats like console.log but writes to stderr.
console.error('bad %s', 'thing', 7);
// expect-stderr: /^bad thing 7$/
