// doc: url.md § "url.searchParams"
// url.searchParams is live: changing it rewrites url.search and setting url.search re-parses it.
var u = new URL('https://example.org/abc?foo=~bar');
console.log(u.searchParams.get('foo'));
u.searchParams.append('foo', 'a b');
console.log(u.href);
u.search = '?x=1';
console.log(u.searchParams.get('x'), u.searchParams.has('foo'));
u.searchParams.delete('x');
console.log(u.href);
// expect: ~bar
// expect: https://example.org/abc?foo=%7Ebar&foo=a+b
// expect: 1 false
// expect: https://example.org/abc
