// doc: assert.md § "assert.match(string, regexp[, message])"
// match and doesNotMatch test a string against a RegExp; a non-string input fails too.
var assert = require('assert');
assert.match('I will pass', /pass/);
assert.doesNotMatch('I will pass', /fail/);
try { assert.match('abc', /x/); } catch (e) { console.log(JSON.stringify(e.message), e.operator); }
try { assert.doesNotMatch('abc', /b/); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.match(123, /1/); } catch (e) { console.log(e.message); }
// expect: "The input did not match the regular expression /x/. Input:\n\n'abc'\n" match
// expect: "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n"
// expect: The "string" argument must be of type string. Received type number (123)
