// doc: http.md § "http.METHODS"
// METHODS is an upper-case, alphabetically sorted list that includes the common verbs.
var http = require('http');
var sorted = http.METHODS.slice().sort();
console.log(JSON.stringify(sorted) === JSON.stringify(http.METHODS));
console.log(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE'].every(function (m) {
  return http.METHODS.indexOf(m) >= 0;
}));
console.log(http.METHODS.every(function (m) { return m === m.toUpperCase(); }));
// expect: true
// expect: true
// expect: true
