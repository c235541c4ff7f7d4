// doc: path.md § "path.isAbsolute(path)"
// On POSIX a path is absolute when it starts with '/'; the empty string is not.
var path = require('path');
console.log(path.isAbsolute('/foo/bar'), path.isAbsolute('/baz/..'), path.isAbsolute('qux/'), path.isAbsolute('.'), path.isAbsolute(''));
// expect: true true false false false
