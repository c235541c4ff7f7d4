// doc: process.md § "`process.env`"
// process.env holds the environment as strings; unset variables read as undefined.
console.log(typeof process.env.PATH, process.env.PATH.indexOf('/') >= 0);
console.log(process.env.MINODE_SURELY_UNSET_VARIABLE);
// expect: string true
// expect: undefined
