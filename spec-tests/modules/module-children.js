// doc: modules.md § "`module.children`"
// module.children lists the modules first required by this one.
var add = require('./fixtures/add');
var kids = module.children.filter(function (c) { return c.exports === add; });
console.log(kids.length, kids[0].filename === require.resolve('./fixtures/add'));
// expect: 1 true
