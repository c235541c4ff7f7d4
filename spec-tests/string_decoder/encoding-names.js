// doc: string_decoder.md § "new StringDecoder([encoding])"
// The encoding is normalized; an unknown one throws ERR_UNKNOWN_ENCODING.
var StringDecoder = require('string_decoder').StringDecoder;

console.log(new StringDecoder().encoding, new StringDecoder('UTF-8').encoding, new StringDecoder('ucs2').encoding);
try { new StringDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
// expect: utf8 utf8 utf16le
// expect: TypeError ERR_UNKNOWN_ENCODING Unknown encoding: nope
