// doc: console.md § "console.table(tabularData[, properties])"
// Primitive rows go in a Values column; a non-object argument is just logged.
console.table({ x: { v: 1 }, y: 5 });
console.table('plain');
// expect: ┌─────────┬───┬────────┐
// expect: │ (index) │ v │ Values │
// expect: ├─────────┼───┼────────┤
// expect: │ x       │ 1 │        │
// expect: │ y       │   │ 5      │
// expect: └─────────┴───┴────────┘
// expect: plain
