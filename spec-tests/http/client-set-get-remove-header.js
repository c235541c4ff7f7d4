// doc: http.md § "request.removeHeader(name)"
// Before the head is sent a client request's headers can be read, changed and removed.
var http = require('http');
var server = http.createServer(function (req, res) {
  console.log(req.headers['x-keep'], req.headers['x-drop']);
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ host: '127.0.0.1', port: server.address().port, agent: false, headers: { 'X-Drop': '1' } },
    function (res) { res.resume(); res.on('end', function () { server.close(); }); });
  req.setHeader('X-Keep', 'kept');
  console.log(req.getHeader('x-keep'), req.hasHeader('X-DROP'));
  req.removeHeader('x-drop');
  req.end();
});
// expect: kept true
// expect: kept undefined
