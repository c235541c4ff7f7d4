// doc: language.md § "numeric separators"
// Underscores in numeric literals are ignored.
console.log(1_000_000, 0xff_ff, 1_0.5_0, 0b1010_1010);
// expect: 1000000 65535 10.5 170
