// doc: http.md § "response.end([data[, encoding]][, callback])"
// write() after end() reports ERR_STREAM_WRITE_AFTER_END.
var http = require('http');
var wire = require('./fixtures/wire');
var server = http.createServer(function (req, res) {
  res.end('done');
  res.on('error', function (e) { console.log('error event', e.code); });
  res.write('late', function (err) { console.log('callback', err.code); });
});
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function () {});
// expect: callback ERR_STREAM_WRITE_AFTER_END
// expect: error event ERR_STREAM_WRITE_AFTER_END
