// doc: console.md § "`console.info([data][, ...args])`"
// console.info and console.debug are aliases of console.log and write to stdout.
console.info('info line');
console.debug('debug line');
// expect: info line
// expect: debug line
