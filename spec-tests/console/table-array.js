// doc: console.md § "console.table(tabularData[, properties])"
// An array of objects becomes a table with an (index) column and one column per property.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
// expect: ┌─────────┬─────┬─────┐
// expect: │ (index) │ a   │ b   │
// expect: ├─────────┼─────┼─────┤
// expect: │ 0       │ 1   │ 'Y' │
// expect: │ 1       │ 'Z' │ 2   │
// expect: └─────────┴─────┴─────┘
