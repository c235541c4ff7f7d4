// doc: process.md § "`process.env`"
// Assigning a property on process.env converts the value to a string.
process.env.MINODE_SPEC_VAR = 42;
console.log(typeof process.env.MINODE_SPEC_VAR, process.env.MINODE_SPEC_VAR);
process.env.MINODE_SPEC_VAR = undefined;
console.log(process.env.MINODE_SPEC_VAR === 'undefined');
// expect: string 42
// expect: true
