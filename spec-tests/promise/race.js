// doc: ECMA-262 § "Promise.race ( iterable )"
// race settles like the first input to settle.
var late = new Promise(function (resolve) { setTimeout(function () { resolve('late'); }, 30); });
var early = new Promise(function (resolve, reject) { setTimeout(function () { reject(new Error('early')); }, 5); });
Promise.race([late, early]).then(function (v) { console.log('value ' + v); },
                                  function (e) { console.log('reason ' + e.message); });
// expect: reason early
