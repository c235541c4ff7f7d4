// doc: url.md § "urlSearchParams.entries()"
// keys, values, entries, forEach and the default iterator walk the pairs in order.
var p = new URLSearchParams('a=1&b=2');
var it = p.entries();
var step = it.next();
console.log(JSON.stringify(step.value), step.done);
console.log(JSON.stringify(Array.from(p.keys())), JSON.stringify(Array.from(p.values())));
var seen = [];
p.forEach(function (value, name, self) { seen.push(name + '=' + value + (self === p)); });
console.log(seen.join(' '));
var it2 = p[Symbol.iterator](); it2.next(); it2.next();
console.log(it2.next().done);
// expect: ["a","1"] false
// expect: ["a","b"] ["1","2"]
// expect: a=1true b=2true
// expect: true
