// doc: ECMA-262 § "AggregateError ( errors, message [ , options ] )"
// AggregateError is an Error holding a list of errors, with or without new.
var e = new AggregateError([new Error('a'), 'b'], 'many');
console.log(e instanceof Error, e.name, e.message, e.errors.length, String(e));
var f = AggregateError(new Set([1]));
console.log(f instanceof AggregateError, f.errors[0], f.message === '');
// expect: true AggregateError many 2 AggregateError: many
// expect: true 1 true
