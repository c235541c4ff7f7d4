// The hello world of bench/http-hello.js that stops after N requests (argv[2],
// default 20000) and prints the port first: a fixed amount of work, for
// callgrind's instruction counts (bench/http-callgrind.sh). ES5; node and minode.
var http = require('http');
var limit = Number(process.argv[2] || 20000);
var served = 0;
var server = http.createServer(function (req, res) {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello World');
  if (++served === limit) {
    server.close();
    server.closeAllConnections();
  }
});
server.listen(Number(process.env.PORT || 0), '127.0.0.1', function () {
  console.log(server.address().port);
});
