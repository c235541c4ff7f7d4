// doc: url.md § "Percent-encoding in URLs"
// Each component percent-encodes its own set of characters, as UTF-8.
var u = new URL('https://example.org/a b/é?x=1 2&y=<>#frag ment');
console.log(u.pathname, u.search, u.hash);
u.pathname = '/100%/?#';
console.log(u.href);
// expect: /a%20b/%C3%A9 ?x=1%202&y=%3C%3E #frag%20ment
// expect: https://example.org/100%/%3F%23?x=1%202&y=%3C%3E#frag%20ment
