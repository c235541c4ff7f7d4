// doc: url.md § "new URL(input[, base])"
// A relative input is resolved against base, as a browser resolves links.
console.log(new URL('/foo', 'https://example.org/').href);
console.log(new URL('../g?y#s', 'http://a/b/c/d;p?q').href);
console.log(new URL('//other.org/x', 'https://example.org/a').href);
console.log(new URL('?q=2', 'http://h/p?q=1#f').href);
// expect: https://example.org/foo
// expect: http://a/b/g?y#s
// expect: https://other.org/x
// expect: http://h/p?q=2
