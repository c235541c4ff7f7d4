// doc: modules.md § "The module wrapper"
// Module code runs inside a function taking (exports, require, module, __filename, __dirname), with this === module.exports.
console.log(arguments.length, arguments[0] === exports, arguments[2] === module, arguments[3] === __filename);
console.log(this === module.exports);
var notGlobal = 1;
console.log(typeof global.notGlobal);
// expect: 5 true true true
// expect: true
// expect: undefined
