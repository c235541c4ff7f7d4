// doc: process.md § "`process.versions`"
// process.versions.node is process.version without the leading 'v'.
console.log(process.versions.node === process.version.slice(1), typeof process.versions);
// expect: true object
