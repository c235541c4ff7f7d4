// doc: url.md § "Class: URL"
// URL and URLSearchParams are globals, the same classes require('url') exports.
var url = require('url');
console.log(typeof URL, typeof URLSearchParams, url.URL === URL, url.URLSearchParams === URLSearchParams);
// expect: function function true true
