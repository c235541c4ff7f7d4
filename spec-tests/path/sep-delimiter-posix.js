// doc: path.md § "path.posix"
// On POSIX, path.sep is '/', path.delimiter is ':', and path.posix is the same module.
var path = require('path');
console.log(path.sep, path.delimiter, path.posix === path, require('path/posix') === path.posix);
console.log('/usr/bin:/bin'.split(path.delimiter).length);
console.log(path.toNamespacedPath('/a/b'));
// expect: / : true true
// expect: 2
// expect: /a/b
