// doc: http.md § "message.statusMessage"
// The client's response has statusCode, statusMessage and httpVersion from the status line.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.statusCode = 418;
  res.statusMessage = 'Short And Stout';
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, function (res) {
    console.log(res.statusCode, res.statusMessage, res.httpVersion, res.httpVersionMajor, res.httpVersionMinor);
    res.resume();
    res.on('end', function () { server.close(); });
  });
});
// expect: 418 Short And Stout 1.1 1 1
