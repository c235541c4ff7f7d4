// doc: path.md § "path.resolve([...paths])"
// resolve works right to left until an absolute path is formed, then falls back to process.cwd().
var path = require('path');
console.log(path.resolve('/foo/bar', './baz'));
console.log(path.resolve('/foo/bar', '/tmp/file/'));
console.log(path.resolve('a', 'b') === process.cwd() + '/a/b');
console.log(path.resolve() === process.cwd());
// expect: /foo/bar/baz
// expect: /tmp/file
// expect: true
// expect: true
