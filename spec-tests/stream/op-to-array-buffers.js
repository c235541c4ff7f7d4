// doc: stream.md § "readable.toArray([options])"
// toArray() collects a byte stream's chunks.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('ab'); r.push('cd'); r.push(null);
r.toArray().then(function (a) { console.log(a.length > 0, Buffer.concat(a).toString()); });
// expect: true abcd
