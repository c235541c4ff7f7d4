// doc: process.md § "Event: `'unhandledRejection'`"
// A rejection handled before the microtask queue drains is not reported.
var count = 0;
process.on('unhandledRejection', function () { count++; });
var p = Promise.reject(new Error('late but in time'));
Promise.resolve().then(function () {
  p.catch(function (e) { console.log('handled ' + e.message); });
});
setTimeout(function () { console.log('reports ' + count); }, 5);
// expect: handled late but in time
// expect: reports 0
