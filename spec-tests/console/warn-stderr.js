// doc: console.md § "`console.warn([data][, ...args])`"
// console.warn is an alias of console.error and writes to stderr.
console.warn('careful', { n: 1 });
// expect-stderr: /^careful \{ n: 1 \}$/
