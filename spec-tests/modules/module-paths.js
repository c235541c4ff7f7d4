// doc: modules.md § "`module.paths`"
// module.paths lists the node_modules folders searched, nearest first.
console.log(module.paths[0] === __dirname + '/node_modules');
console.log(module.paths[module.paths.length - 1]);
// expect: true
// expect: /node_modules
