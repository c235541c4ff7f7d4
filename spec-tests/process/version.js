// doc: process.md § "`process.version`"
// process.version is the Node version string, 'v' then major.minor.patch; minode follows Node v20.
console.log(/^v20\.\d+\.\d+$/.test(process.version));
// expect: true
