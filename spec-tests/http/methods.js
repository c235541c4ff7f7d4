// doc: http.md § "http.METHODS"
// METHODS lists the methods the parser supports, sorted.
var http = require('http');
var m = http.METHODS;
console.log(Array.isArray(m));
console.log(['GET', 'POST', 'CONNECT', 'M-SEARCH'].every(function (x) { return m.indexOf(x) !== -1; }));
console.log(m.slice().sort().join() === m.join());
// expect: true
// expect: true
// expect: true
