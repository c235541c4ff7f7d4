// doc: console.md § "console.table(tabularData[, properties])"
// The properties argument selects which columns are shown.
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['b']);
// expect: ┌─────────┬───┐
// expect: │ (index) │ b │
// expect: ├─────────┼───┤
// expect: │ 0       │ 2 │
// expect: │ 1       │ 4 │
// expect: └─────────┴───┘
