// doc: console.md § "`console.log([data][, ...args])`"
// console.log writes its arguments, space-separated, plus a newline to stdout.
console.log('hello', 'world', 42);
console.log();
console.log('end');
// expect: hello world 42
// expect:
// expect: end
