// doc: querystring.md § "querystring.escape(str)"
// escape percent-encodes UTF-8 except the unreserved set; a lone surrogate throws URIError ERR_INVALID_URI.
var qs = require('querystring');
console.log(qs.escape("a b~*!'()?&é"));
console.log(qs.unescape('a%20b%C3%A9'));
try { qs.escape('\ud800'); } catch (e) { console.log(e.name, e.code, e.message); }
// expect: a%20b~*!'()%3F%26%C3%A9
// expect: a bé
// expect: URIError ERR_INVALID_URI URI malformed
