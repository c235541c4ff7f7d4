// doc: path.md § "path.normalize(path)"
// normalize resolves '..' and '.', collapses repeated slashes and keeps a trailing slash.
var path = require('path');
console.log(path.normalize('/foo/bar//baz/asdf/quux/..'));
console.log(path.normalize('./a/../../b/'));
console.log(path.normalize('/../x'));
console.log(path.normalize(''));
// expect: /foo/bar/baz/asdf
// expect: ../b/
// expect: /x
// expect: .
