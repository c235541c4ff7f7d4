// doc: process.md § "`process.env`"
// Object.keys(process.env) lists the environment's variable names, including ones assigned at run time.
process.env.MINODE_SPEC_KEY = 'v';
var keys = Object.keys(process.env);
console.log(keys.indexOf('PATH') >= 0, keys.indexOf('MINODE_SPEC_KEY') >= 0);
// expect: true true
