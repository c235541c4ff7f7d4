// doc: process.md § "`process.execArgv`"
// execArgv holds only runtime options; with none given it is an empty array, and script arguments never appear there.
console.log(JSON.stringify(process.execArgv));
// args: --version -e x
// expect: []
