// doc: url.md § "new URLSearchParams(iterable)"
// The constructor takes a string, an object of pairs or an iterable of [name, value] pairs.
console.log(new URLSearchParams({ user: 'abc', query: 'xyz' }).toString());
console.log(new URLSearchParams([['a', '1'], ['a', '2']]).toString());
console.log(new URLSearchParams(new Map([['m', 'n']])).toString());
try { new URLSearchParams([['only-one']]); } catch (e) { console.log(e.name, e.code); }
// expect: user=abc&query=xyz
// expect: a=1&a=2
// expect: m=n
// expect: TypeError ERR_INVALID_TUPLE
