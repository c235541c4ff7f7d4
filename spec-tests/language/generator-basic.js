// doc: language.md § "generators"
// A generator runs lazily, pauses at each yield and returns {value, done}.
function* counter(limit) {
  console.log('start');
  for (let i = 0; i < limit; i++) yield i;
  return 'end';
}
const it = counter(2);
console.log('created');
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));
// expect: created
// expect: start
// expect: {"value":0,"done":false} {"value":1,"done":false}
// expect: {"value":"end","done":true} {"done":true}
