// doc: stream.md § "stream.duplexPair([options])"
// duplexPair() returns two connected Duplexes: writes to one are read from the other.
var stream = require('stream');

var pair = stream.duplexPair();
pair[1].on('data', function (c) { console.log('side1 got', c.toString()); });
pair[0].on('data', function (c) { console.log('side0 got', c.toString()); });
pair[0].write('ping');
pair[1].write('pong');
// expect: side1 got ping
// expect: side0 got pong
