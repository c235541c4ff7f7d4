// doc: modules.md § "`module.require(id)`"
// module.require(id) loads a module as if require() were called from that module.
console.log(module.require('./fixtures/add')(1, 1), module.require('./fixtures/add') === require('./fixtures/add'));
// expect: 2 true
