// doc: stream.md § "new stream.Readable([options])"
// The encoding option is the same as calling setEncoding().
var stream = require('stream');

var r = new stream.Readable({ encoding: 'latin1', read: function () {} });
r.push(Buffer.from([0xe9])); r.push(null);
r.on('data', function (c) { console.log(typeof c, c === '\u00e9'); });
// expect: string true
