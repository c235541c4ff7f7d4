// doc: url.md § "url.port"
// Setters update one component; invalid values are ignored, and a default port is dropped.
var u = new URL('http://example.org:8080/p');
u.port = '443'; console.log(u.port);
u.protocol = 'https'; console.log(u.href);
u.port = '443'; console.log(JSON.stringify(u.port));
u.port = 'abc'; u.hostname = 'Example.NET'; u.hash = 'top'; u.search = 'a=1';
console.log(u.href);
u.protocol = 'foo'; console.log(u.protocol);
// expect: 443
// expect: https://example.org/p
// expect: ""
// expect: https://example.net/p?a=1#top
// expect: https:
