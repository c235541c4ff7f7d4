// doc: url.md § "Special schemes"
// Special schemes get '/' paths and treat '\\' as '/'; other schemes keep opaque paths and null origins.
console.log(new URL('http:\\\\example.com\\a\\b').href);
var m = new URL('mailto:someone@example.com');
console.log(m.pathname, m.host === '', m.origin);
console.log(new URL('foo://host/path').origin, new URL('file:///etc/hosts').href);
// expect: http://example.com/a/b
// expect: someone@example.com true null
// expect: null file:///etc/hosts
