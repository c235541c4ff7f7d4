// doc: url.md § "url.pathToFileURL(path[, options])"
// pathToFileURL resolves the path and percent-encodes characters that would change the URL.
var url = require('url');
console.log(url.pathToFileURL('/some/path%.c').href);
console.log(url.pathToFileURL('/tmp/a b#?/').href);
console.log(url.pathToFileURL('rel').href === 'file://' + process.cwd() + '/rel');
// expect: file:///some/path%25.c
// expect: file:///tmp/a%20b%23%3F/
// expect: true
