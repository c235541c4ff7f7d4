// doc: path.md § "path.relative(from, to)"
// relative gives the path from `from` to `to`; equal paths give the empty string.
var path = require('path');
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
console.log(JSON.stringify(path.relative('/a/b', '/a/b/')));
console.log(path.relative('/', '/x/y'));
// expect: ../../impl/bbb
// expect: ""
// expect: x/y
