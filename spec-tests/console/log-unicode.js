// doc: console.md § "console.log([data][, ...args])"
// Text outside ASCII, including characters outside the BMP, is written as UTF-8.
console.log('caf\u00e9 \u00fc \ud83d\ude00 \u4e2d');
// expect: café ü 😀 中
