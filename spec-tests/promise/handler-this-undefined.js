// doc: ECMA-262 § "NewPromiseReactionJob ( reaction, argument )"
// Handlers are called as plain functions: in strict code, this is undefined.
'use strict';
Promise.resolve().then(function () { console.log(this === undefined); });
// expect: true
