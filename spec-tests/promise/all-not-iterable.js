// doc: ECMA-262 § "Promise.all ( iterable )"
// A non-iterable argument rejects the returned promise with a TypeError instead of throwing.
Promise.all(5).catch(function (e) {
  console.log(e.name);
  console.log(e.message);
});
// expect: TypeError
// expect: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
