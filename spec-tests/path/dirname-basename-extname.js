// doc: path.md § "path.basename(path[, suffix])"
// basename drops trailing slashes and an optional suffix; dirname and extname split the same path.
var path = require('path');
console.log(path.basename('/foo/bar/baz/asdf/quux.html'));
console.log(path.basename('/foo/bar/baz/asdf/quux.html', '.html'));
console.log(path.basename('/a/b/'));
console.log(path.dirname('/foo/bar/baz/asdf/quux'));
console.log(JSON.stringify([path.extname('index.html'), path.extname('index.coffee.md'), path.extname('index.'), path.extname('index'), path.extname('.index')]));
// expect: quux.html
// expect: quux
// expect: b
// expect: /foo/bar/baz/asdf
// expect: [".html",".md",".","",""]
