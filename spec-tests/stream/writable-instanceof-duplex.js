// doc: stream.md § "Class: stream.Duplex"
// A Duplex is an instance of both Readable and Writable.
var stream = require('stream');

var d = new stream.Duplex();
console.log(d instanceof stream.Readable, d instanceof stream.Writable, d instanceof stream.Duplex);
console.log(new stream.Readable() instanceof stream.Writable, new stream.Transform() instanceof stream.Writable);
// expect: true true true
// expect: false true
