// doc: process.md § "Event: 'unhandledRejection'"
// A rejection handled in the same tick drain is never reported.
var p = Promise.reject(new Error('late'));
process.nextTick(function () { p.catch(function (e) { console.log('handled', e.message); }); });
// expect: handled late
