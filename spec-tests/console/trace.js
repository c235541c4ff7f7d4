// doc: console.md § "`console.trace([message][, ...args])`"
// console.trace prints 'Trace: <message>' and a stack trace naming this file to stderr.
function where() { console.trace('here %d', 1); }
where();
// expect-stderr: /^Trace: here 1$/
// expect-stderr: /^ +at .*trace\.js:3/
