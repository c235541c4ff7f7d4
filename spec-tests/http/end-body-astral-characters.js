// doc: http.md § "response.end([data[, encoding]][, callback])"
// end(data) sends a string as UTF-8: characters outside the BMP (here
// U+1F600 twice) go out as one 4-byte sequence each, and Content-Length
// counts those bytes. U+D55C (a Hangul syllable, whose UTF-8 also starts
// with 0xED) is sent as it is.
var http = require('http');
var wire = require('./fixtures/wire');
var body = 'a\ud83d\ude00b\ud55c\ud83d\ude00';
var server = http.createServer(function (req, res) { res.end(body); });
wire.exchange(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (text) {
  var at = text.indexOf('\r\n\r\n');
  var bytes = Buffer.from(text.slice(at + 4), 'latin1');
  console.log(/Content-Length: (\d+)/.exec(text)[1], bytes.toString('hex'));
  console.log(bytes.toString('utf8') === body);
});
// expect: 13 61f09f988062ed959cf09f9880
// expect: true
