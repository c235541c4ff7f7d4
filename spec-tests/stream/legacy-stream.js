// doc: stream.md § "Compatibility with older Node.js versions"
// require('stream') is the legacy Stream class, an EventEmitter, with the classes hung on it.
var Stream = require('stream');
var EE = require('events');
console.log(typeof Stream, Stream.Stream === Stream, new Stream() instanceof EE);
console.log(new Stream.Readable() instanceof Stream, typeof Stream.Readable.from);
// expect: function true true
// expect: true function
