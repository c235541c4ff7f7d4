// doc: cli.md § "Synopsis"
// Everything after the script name is passed to the script, even arguments that look like runtime options.
console.log(JSON.stringify(process.argv.slice(2)));
// args: --version -e 1 -- x
// expect: ["--version","-e","1","--","x"]
