// doc: process.md § "`process.platform`"
// process.platform is 'linux' on Linux.
console.log(process.platform);
// expect: linux
