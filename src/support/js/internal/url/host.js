// internal/url/host: the host parser and serializer of the WHATWG URL Standard.
//
// What: turns the host part of a URL into its canonical form: '[v6]' for
// IPv6, dotted decimal for anything that ends in a number (IPv4, including
// '0x7f.1' forms), a lower-case ASCII domain, or an opaque host for
// non-special schemes.
// Interface: parseHost(input, isOpaque) -> string, or null on failure;
// serializeIPv6(pieces); domainToASCII(domain) -> string ('' on failure).
// Invariants: returns null, never throws, on invalid input (the URL parser
// turns null into ERR_INVALID_URL).
// Read first: parseHost. Doc: api/url.md § "The WHATWG URL API";
// https://url.spec.whatwg.org/#host-parsing.
// Simplified: domain-to-ASCII lower-cases and Punycode-encodes non-ASCII
// labels but skips the rest of UTS #46 mapping (e.g. full-width letters).
'use strict';

var qs = require('internal/querystring');
var punycode = require('internal/url/punycode');

var FORBIDDEN_HOST = /[\u0000\t\n\r #\/:<>?@[\\\]^|]/;
var FORBIDDEN_DOMAIN = /[\u0000-\u001F #%\/:<>?@[\\\]^|\u007F]/;

// One IPv4 part: decimal, 0x-hex or 0-octal; NaN when invalid.
function parseIPv4Number(s) {
  if (s === '') return NaN;
  var radix = 10;
  if (s.length >= 2 && (s.slice(0, 2) === '0x' || s.slice(0, 2) === '0X')) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s.charAt(0) === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '') return 0;
  var valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9A-Fa-f]+$/ : /^[0-7]+$/;
  if (!valid.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInANumber(input) {
  var parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  var last = parts[parts.length - 1];
  if (/^[0-9]+$/.test(last)) return true;
  return /^0[xX][0-9A-Fa-f]*$/.test(last);
}

function parseIPv4(input) {
  var parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  var numbers = [];
  for (var i = 0; i < parts.length; i++) {
    var n = parseIPv4Number(parts[i]);
    if (n !== n) return null;
    numbers.push(n);
  }
  for (var j = 0; j < numbers.length - 1; j++) if (numbers[j] > 255) return null;
  var last = numbers[numbers.length - 1];
  if (last >= Math.pow(256, 5 - numbers.length)) return null;
  var ipv4 = last;
  for (var k = 0; k < numbers.length - 1; k++) ipv4 += numbers[k] * Math.pow(256, 3 - k);
  var out = [];
  for (var b = 0; b < 4; b++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

// Dotted IPv4 at the end of an IPv6 address, as two 16-bit pieces.
function parseEmbeddedIPv4(s) {
  var parts = s.split('.');
  if (parts.length !== 4) return null;
  var bytes = [];
  for (var i = 0; i < 4; i++) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(parts[i]) || +parts[i] > 255) return null;
    bytes.push(+parts[i]);
  }
  return [bytes[0] * 256 + bytes[1], bytes[2] * 256 + bytes[3]];
}

// Pieces of one side of '::' ('' gives none); null when invalid.
function parseIPv6Side(s, allowV4) {
  if (s === '') return [];
  var groups = s.split(':');
  var pieces = [];
  for (var i = 0; i < groups.length; i++) {
    var g = groups[i];
    if (allowV4 && i === groups.length - 1 && g.indexOf('.') !== -1) {
      var v4 = parseEmbeddedIPv4(g);
      if (!v4) return null;
      pieces.push(v4[0], v4[1]);
    } else {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return null;
      pieces.push(parseInt(g, 16));
    }
  }
  return pieces;
}

function parseIPv6(input) {
  var halves = input.split('::');
  if (halves.length > 2) return null;
  var head = parseIPv6Side(halves[0], halves.length === 1);
  var tail = halves.length === 2 ? parseIPv6Side(halves[1], true) : [];
  if (head === null || tail === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  if (head.length + tail.length > 7) return null;
  var pieces = head.slice();
  while (pieces.length + tail.length < 8) pieces.push(0);
  return pieces.concat(tail);
}

// Lower-case hex, the first longest run (>= 2) of zero pieces as '::'.
function serializeIPv6(pieces) {
  var bestStart = -1, bestLen = 1;
  for (var i = 0; i < 8; i++) {
    var j = i;
    while (j < 8 && pieces[j] === 0) j++;
    if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
    if (j > i) i = j - 1;
  }
  var out = '';
  for (var k = 0; k < 8; k++) {
    if (k === bestStart) {
      out += k === 0 ? '::' : ':';
      k += bestLen - 1;
      continue;
    }
    out += pieces[k].toString(16);
    if (k < 7) out += ':';
  }
  return out;
}

// U+FFFD (a lone surrogate or bad UTF-8) is disallowed by IDNA, and an
// 'xn--' label must hold Punycode.
function domainToASCII(domain) {
  var lower = domain.toLowerCase();
  if (lower.indexOf('\uFFFD') !== -1) return '';
  var labels = lower.split('.');
  for (var i = 0; i < labels.length; i++) {
    if (labels[i].slice(0, 4) === 'xn--' && !/^xn--[a-z0-9-]*[a-z0-9]$/.test(labels[i])) return '';
    if (!/[^\x00-\x7F]/.test(labels[i])) continue;
    if (labels[i].slice(0, 4) === 'xn--') return ''; // must already be ASCII
    labels[i] = 'xn--' + punycode.encode(labels[i]);
  }
  return labels.join('.');
}

// Code units that the C0-control percent-encode set leaves alone.
var C0_CONTROL_SET = (function () {
  var set = [];
  for (var c = 0x20; c < 0x7F; c++) set[c] = 1;
  return set;
})();

function opaqueHost(input) {
  if (FORBIDDEN_HOST.test(input)) return null;
  return qs.encodeStr(input, C0_CONTROL_SET, 'replace');
}

function parseHost(input, isOpaque) {
  if (input.charAt(0) === '[') {
    if (input.charAt(input.length - 1) !== ']') return null;
    var pieces = parseIPv6(input.slice(1, -1));
    return pieces ? '[' + serializeIPv6(pieces) + ']' : null;
  }
  if (isOpaque) return opaqueHost(input);
  var domain = qs.utf8Decode(qs.percentDecodeBytes(input, false));
  var ascii = domainToASCII(domain);
  if (ascii === '' || FORBIDDEN_DOMAIN.test(ascii)) return null;
  if (endsInANumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

module.exports = {
  parseHost: parseHost,
  serializeIPv6: serializeIPv6,
  domainToASCII: domainToASCII,
  C0_CONTROL_SET: C0_CONTROL_SET
};
