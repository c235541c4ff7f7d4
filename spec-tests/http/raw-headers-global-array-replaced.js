// doc: http.md § "message.rawHeaders"
// req.rawHeaders is a plain array of the names and values as received,
// built without calling a global Array that user code replaced.
var RealArray = Array;
function FakeArray() {
  var a = RealArray.apply(null, arguments);
  a.tagged = true;
  return a;
}
Object.getOwnPropertyNames(RealArray).forEach(function (k) {
  if (k !== 'length' && k !== 'name' && k !== 'prototype' && k !== 'caller' && k !== 'arguments') {
    FakeArray[k] = RealArray[k];
  }
});
FakeArray.prototype = RealArray.prototype;
Array = FakeArray;  // eslint-disable-line no-global-assign
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  console.log(JSON.stringify(req.rawHeaders), req.rawHeaders.tagged, RealArray.isArray(req.rawHeaders));
  res.end('ok');
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nX-One: 1\r\nx-two: 2\r\nConnection: close\r\n\r\n',
  function () {});
// expect: ["Host","x","X-One","1","x-two","2","Connection","close"] undefined true
