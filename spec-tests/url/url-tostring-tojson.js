// doc: url.md § "url.toJSON()"
// toString() and toJSON() both return href, so URLs stringify to JSON strings.
var u = new URL('https://example.org/a?b#c');
console.log(u.toString() === u.href, String(u));
console.log(JSON.stringify([u, new URL('http://x.org')]));
// expect: true https://example.org/a?b#c
// expect: ["https://example.org/a?b#c","http://x.org/"]
