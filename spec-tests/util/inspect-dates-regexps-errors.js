// doc: util.md § "util.inspect(object[, options])"
// Dates print in ISO form, RegExps as literals, and errors as their stack plus extra properties.
var util = require('util');
console.log(util.inspect(new Date(86400000)));
console.log(util.inspect(/a+b/g));
var err = new Error('bad');
Object.defineProperty(err, 'stack', { value: 'Error: bad\n    at somewhere (file.js:1:2)' });
err.code = 'E_BAD';
console.log(util.inspect(err));
// expect: 1970-01-02T00:00:00.000Z
// expect: /a+b/g
// expect: Error: bad
// expect:     at somewhere (file.js:1:2) {
// expect:   code: 'E_BAD'
// expect: }
