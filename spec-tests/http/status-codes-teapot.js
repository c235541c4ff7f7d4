// doc: http.md § "http.STATUS_CODES"
// STATUS_CODES maps codes to reason phrases, including 418 and the 5xx family; unknown codes are absent.
var http = require('http');
console.log(http.STATUS_CODES[418], '|', http.STATUS_CODES[503], '|', http.STATUS_CODES[299]);
console.log(http.STATUS_CODES['100'], '|', http.STATUS_CODES[511]);
// expect: I'm a Teapot | Service Unavailable | undefined
// expect: Continue | Network Authentication Required
