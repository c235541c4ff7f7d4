// doc: modules.md § "`module.id`"
// The entry module's id is '.', and its filename is the absolute path of the script.
console.log(module.id, module.filename === __filename);
// expect: . true
