// doc: querystring.md § "querystring.stringify(obj[, sep[, eq[, options]]])"
// stringify encodes keys and values, repeats array values and turns other types into ''.
var qs = require('querystring');
console.log(qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }));
console.log(qs.stringify({ n: 1, t: true, x: null, o: {}, s: 'a b&é' }));
console.log(qs.stringify({ foo: 'bar', baz: 'qux' }, ';', ':'));
// expect: foo=bar&baz=qux&baz=quux&corge=
// expect: n=1&t=true&x=&o=&s=a%20b%26%C3%A9
// expect: foo:bar;baz:qux
