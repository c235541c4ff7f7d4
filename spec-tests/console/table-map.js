// doc: console.md § "console.table(tabularData[, properties])"
// A Map is shown with an iteration index, its keys and its values.
console.table(new Map([['k', { a: 1 }]]));
// expect: ┌───────────────────┬─────┬──────────┐
// expect: │ (iteration index) │ Key │ Values   │
// expect: ├───────────────────┼─────┼──────────┤
// expect: │ 0                 │ 'k' │ { a: 1 } │
// expect: └───────────────────┴─────┴──────────┘
