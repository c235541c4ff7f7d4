// A first script: modules, process.argv and the console.
const path = require('path');
const name = process.argv[2] || 'world';
console.log(`Hello, ${name}! This is ${path.basename(__filename)} on minode ${process.versions.minode}.`);
console.log('Node line followed:', process.version);
