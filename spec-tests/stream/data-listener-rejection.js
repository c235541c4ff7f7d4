// doc: events.md § "Capture rejections of promises"; stream.md § "Event: 'data'"
// With captureRejections, a 'data' listener's rejected promise becomes an 'error' on the stream.
var stream = require('stream');

var r = new stream.Readable({ captureRejections: true, read: function () {} });
r.on('data', function () { return Promise.reject(new Error('boom')); });
r.on('error', function (err) { console.log('error:', err.message); });
r.push(Buffer.from('x'));
// expect: error: boom
