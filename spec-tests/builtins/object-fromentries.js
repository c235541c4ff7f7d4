// doc: ECMA-262 § "Object.fromEntries ( iterable )"
// Object.fromEntries builds an object from [key, value] pairs of any iterable; later keys win.
console.log(JSON.stringify(Object.fromEntries([['a', 1], ['b', 2], ['a', 3]])));
console.log(JSON.stringify(Object.fromEntries(new Map([['x', true]]))));
// expect: {"a":3,"b":2}
// expect: {"x":true}
