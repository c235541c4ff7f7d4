// doc: ECMA-262 § "CreateResolvingFunctions ( promise )"
// Only the first call to resolve or reject settles the promise; later calls are ignored.
new Promise(function (resolve, reject) {
  resolve('first');
  reject(new Error('ignored'));
  resolve('also ignored');
}).then(function (v) { console.log('fulfilled ' + v); },
        function () { console.log('rejected'); });
// expect: fulfilled first
