// doc: ECMA-262 § "Promise Resolve Functions"
// A non-promise object with a then method is adopted: its then is called later, in a job, with resolve and reject.
var thenable = {
  then: function (resolve, reject) {
    console.log('then called with ' + typeof resolve + ' ' + typeof reject);
    resolve('adopted');
  }
};
Promise.resolve(thenable).then(function (v) { console.log(v); });
console.log('sync');
// expect: sync
// expect: then called with function function
// expect: adopted
