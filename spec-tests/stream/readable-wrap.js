// doc: stream.md § "readable.wrap(stream)"
// wrap() turns an old-style 'data'/'end' emitter into a Readable.
var Stream = require('stream');
var EE = require('events');
var old = new EE();
old.pause = function () {}; old.resume = function () {};
var r = new Stream.Readable().wrap(old);
r.setEncoding('utf8');
r.on('data', function (c) { console.log('data', c); });
r.on('end', function () { console.log('end'); });
old.emit('data', Buffer.from('old'));
old.emit('end');
// expect: data old
// expect: end
