// doc: ECMA-262 § "Array.prototype.find ( predicate [ , thisArg ] )"
// find/findIndex search from the start, findLast/findLastIndex from the end; misses give undefined and -1.
var a = [5, 12, 8, 130, 44];
function big(x) { return x > 10; }
console.log(a.find(big), a.findIndex(big), a.findLast(big), a.findLastIndex(big));
console.log(a.find(function (x) { return x > 1000; }), a.findIndex(function () { return false; }));
// expect: 12 1 44 4
// expect: undefined -1
