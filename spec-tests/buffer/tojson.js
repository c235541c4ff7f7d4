// doc: buffer.md § "buf.toJSON()"
// JSON.stringify(buf) gives {type, data}, and Buffer.from revives it.
var buf = Buffer.from([0x1, 0x2, 0x3, 0x4, 0x5]);
var json = JSON.stringify(buf);
console.log(json);
var copy = JSON.parse(json, function (key, value) {
  return value && value.type === 'Buffer' ? Buffer.from(value) : value;
});
console.log(copy);
// expect: {"type":"Buffer","data":[1,2,3,4,5]}
// expect: <Buffer 01 02 03 04 05>
