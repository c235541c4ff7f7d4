// doc: process.md § "`process.chdir(directory)`"
// chdir to a missing directory throws a system error with code ENOENT and syscall 'chdir', leaving cwd unchanged.
var before = process.cwd();
try {
  process.chdir('/no/such/dir/for/minode');
  console.log('changed');
} catch (e) {
  console.log(e.code, e.syscall, typeof e.errno);
  console.log(e.message.indexOf('ENOENT: no such file or directory, chdir') === 0);
}
console.log(process.cwd() === before);
// expect: ENOENT chdir number
// expect: true
// expect: true
