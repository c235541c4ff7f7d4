// doc: console.md § "`console.group([...label])`"
// console.group prints its label and indents later lines by two spaces until console.groupEnd.
console.group('outer');
console.log('one');
console.group();
console.log('two\nlines');
console.groupEnd();
console.groupEnd();
console.log('flush');
// expect: outer
// expect:   one
// expect:     two
// expect:     lines
// expect: flush
