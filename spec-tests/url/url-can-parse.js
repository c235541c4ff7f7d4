// doc: url.md § "URL.canParse(input[, base])"
// URL.canParse reports whether new URL(input, base) would succeed, without throwing.
console.log(URL.canParse('https://example.org/foo'), URL.canParse('/foo'), URL.canParse('/foo', 'https://example.org/'));
// expect: true false true
