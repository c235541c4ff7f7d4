// doc: process.md § "`process.env`"
// `delete` removes a variable from process.env.
process.env.MINODE_SPEC_DEL = 'x';
console.log('MINODE_SPEC_DEL' in process.env);
delete process.env.MINODE_SPEC_DEL;
console.log('MINODE_SPEC_DEL' in process.env, process.env.MINODE_SPEC_DEL);
// expect: true
// expect: false undefined
