// doc: process.md § "`process.arch`"
// process.arch is one of the documented CPU architecture names.
var known = ['arm', 'arm64', 'ia32', 'loong64', 'mips', 'mipsel', 'ppc', 'ppc64', 'riscv64', 's390', 's390x', 'x64'];
console.log(known.indexOf(process.arch) >= 0);
// expect: true
