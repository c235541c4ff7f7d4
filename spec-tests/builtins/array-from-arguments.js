// doc: ECMA-262 § "CreateUnmappedArgumentsObject ( argumentsList )"
// An arguments object can be turned into an array and walked as an iterable.
function f() { return Array.from(arguments); }
var a = f(1, 'two', 3);
console.log(Array.isArray(a), a.length, a.join(','));
// expect: true 3 1,two,3
