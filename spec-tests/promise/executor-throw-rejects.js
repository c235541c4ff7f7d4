// doc: ECMA-262 § "Promise ( executor )"
// An exception thrown by the executor rejects the promise instead of propagating.
var p = new Promise(function () { throw new TypeError('bad'); });
console.log('constructed');
p.catch(function (e) { console.log(e.name + ': ' + e.message); });
// expect: constructed
// expect: TypeError: bad
