// doc: console.md § "`console.timeEnd([label])`"
// console.timeEnd for a label never started prints a warning rather than throwing.
console.timeEnd('nope');
console.log('still running');
// expect: still running
// expect-stderr: /Warning: No such label 'nope' for console\.timeEnd\(\)/
