// doc: process.md § "`process.argv`"
// argv[0] is the runtime's path, argv[1] the script's absolute path, and the rest are the script's arguments.
console.log(process.argv[0] === process.execPath, process.argv[1] === __filename);
console.log(JSON.stringify(process.argv.slice(2)));
// args: one --two 3
// expect: true true
// expect: ["one","--two","3"]
