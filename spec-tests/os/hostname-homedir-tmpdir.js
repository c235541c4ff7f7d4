// doc: os.md § "os.tmpdir()"
// tmpdir() reads TMPDIR (dropping a trailing slash); homedir() prefers $HOME; hostname() is non-empty.
var os = require('os');
process.env.TMPDIR = '/var/tmp/';
console.log(os.tmpdir());
delete process.env.TMPDIR; delete process.env.TMP; delete process.env.TEMP;
console.log(os.tmpdir());
process.env.HOME = '/home/someone';
console.log(os.homedir());
console.log(os.hostname().length > 0, os.endianness());
// expect: /var/tmp
// expect: /tmp
// expect: /home/someone
// expect: true LE
