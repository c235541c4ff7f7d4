// The hello world of Node's "About" page, on an ephemeral port: prints the
// port so bench/http-hello.sh can aim wrk at it. ES5, runs under node and minode.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello World');
});
server.listen(0, '127.0.0.1', function () {
  console.log(server.address().port);
});
