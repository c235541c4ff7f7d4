// internal/url/punycode: RFC 3492 Punycode, for non-ASCII host names.
//
// What: encode('bücher') -> 'bcher-kva' and decode back, as used by
// 'xn--' labels in domain names.
// Interface: encode(label), decode(label) (label without the 'xn--').
// Invariants: pure; works on code points (surrogate pairs are combined).
// Read first: encode. Doc: api/url.md § "url.domainToASCII(domain)"; RFC 3492.
'use strict';

var BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72;
var INITIAL_N = 128;

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  var k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor((BASE - TMIN + 1) * delta / (delta + SKEW));
}

function digit(d) { return String.fromCharCode(d < 26 ? d + 97 : d + 22); }

function codePoints(str) {
  var out = [];
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      var d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { out.push(0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00)); i++; continue; }
    }
    out.push(c);
  }
  return out;
}

function encode(label) {
  var input = codePoints(label);
  var output = '';
  for (var i = 0; i < input.length; i++) if (input[i] < 0x80) output += String.fromCharCode(input[i]);
  var basic = output.length, handled = basic;
  if (basic > 0) output += '-';
  var n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  while (handled < input.length) {
    var m = Infinity;
    for (var j = 0; j < input.length; j++) if (input[j] >= n && input[j] < m) m = input[j];
    delta += (m - n) * (handled + 1);
    n = m;
    for (var k = 0; k < input.length; k++) {
      if (input[k] < n) delta++;
      if (input[k] !== n) continue;
      var q = delta;
      for (var t0 = BASE; ; t0 += BASE) {
        var t = t0 <= bias ? TMIN : t0 >= bias + TMAX ? TMAX : t0 - bias;
        if (q < t) break;
        output += digit(t + (q - t) % (BASE - t));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digit(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

module.exports = { encode: encode };
