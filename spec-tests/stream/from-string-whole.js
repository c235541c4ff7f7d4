// doc: stream.md § "stream.Readable.from(iterable[, options])"
// Readable.from(string) emits the whole string as one chunk, not one per character.
var stream = require('stream');

var r = stream.Readable.from('hello');
r.on('data', function (v) { console.log(JSON.stringify(v)); });
// expect: "hello"
