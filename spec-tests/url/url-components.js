// doc: url.md § "Class: URL"
// new URL splits a URL into its components, normalizing case, default ports and dot segments.
var u = new URL('HTTPS://user:pass@Sub.Example.COM:443/p/a/./b/../t/h?query=string#hash');
console.log(u.href);
console.log(u.protocol, u.username, u.password, u.host, u.hostname, JSON.stringify(u.port));
console.log(u.pathname, u.search, u.hash, u.origin);
// expect: https://user:pass@sub.example.com/p/a/t/h?query=string#hash
// expect: https: user pass sub.example.com sub.example.com ""
// expect: /p/a/t/h ?query=string #hash https://sub.example.com
