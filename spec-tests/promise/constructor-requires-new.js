// doc: ECMA-262 § "Promise ( executor )"
// Calling Promise without new, or with a non-function executor, throws a TypeError.
try { Promise(function () {}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Promise(1); } catch (e) { console.log(e.name + ': ' + e.message); }
// expect: TypeError: Promise constructor cannot be invoked without 'new'
// expect: TypeError: Promise resolver 1 is not a function
