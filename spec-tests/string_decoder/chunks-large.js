// doc: string_decoder.md § "stringDecoder.write(buf)"
// Decoding a multi-byte text in chunks of any size gives back the text.
var StringDecoder = require('string_decoder').StringDecoder;

var text = '';
for (var i = 0; i < 200; i++) text += 'x\u00e9\u20ac\ud83d\ude00';
var bytes = Buffer.from(text);
var ok = [];
[1, 2, 3, 5, 7, 64].forEach(function (size) {
  var d = new StringDecoder('utf8'), out = '';
  for (var j = 0; j < bytes.length; j += size) out += d.write(bytes.subarray(j, j + size));
  out += d.end();
  ok.push(out === text);
});
console.log(ok.join());
// expect: true,true,true,true,true,true
