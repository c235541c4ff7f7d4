// doc: http.md § "http.request(url[, options][, callback])"
// A successful request emits 'socket', 'finish', 'response', then the response's 'data' and 'end', then 'close'.
var http = require('http');
var order = [];
var server = http.createServer(function (req, res) { res.end('ok'); });
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ port: server.address().port, host: '127.0.0.1', agent: false }, function (res) {
    order.push('response');
    res.on('data', function () { order.push('data'); });
    res.on('end', function () { order.push('end'); });
  });
  req.on('socket', function () { order.push('socket'); });
  req.on('finish', function () { order.push('finish'); });
  req.on('close', function () {
    order.push('close');
    console.log(order.join(' > '));
    server.close();
  });
  req.end();
});
// expect: socket > finish > response > data > end > close
