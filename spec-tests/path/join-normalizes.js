// doc: path.md § "path.join([...paths])"
// join concatenates the segments with '/' and normalizes '.' and '..'; no segments gives '.'.
var path = require('path');
console.log(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
console.log(path.join('a', '', 'b/'));
console.log(path.join());
// expect: /foo/bar/baz/asdf
// expect: a/b/
// expect: .
