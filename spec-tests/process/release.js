// doc: process.md § "`process.release`"
// process.release.name is 'node'.
console.log(process.release.name);
// expect: node
