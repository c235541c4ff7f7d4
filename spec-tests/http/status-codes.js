// doc: http.md § "http.STATUS_CODES"
// STATUS_CODES maps each standard status code to its short description.
var http = require('http');
console.log(http.STATUS_CODES[200]);
console.log(http.STATUS_CODES[404]);
console.log(http.STATUS_CODES[418]);
console.log(http.STATUS_CODES[299]);
// expect: OK
// expect: Not Found
// expect: I'm a Teapot
// expect: undefined
