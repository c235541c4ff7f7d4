// doc: stream.md § "Streams Promises API"
// require('stream').promises is require('stream/promises').
console.log(require('stream').promises === require('stream/promises'));
console.log(typeof require('stream/promises').pipeline, typeof require('stream/promises').finished);
// expect: true
// expect: function function
