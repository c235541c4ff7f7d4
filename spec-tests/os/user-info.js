// doc: os.md § "os.userInfo([options])"
// userInfo() describes the effective user; with encoding 'buffer' the strings are Buffers.
var os = require('os');
var u = os.userInfo();
console.log(Object.keys(u).join(), Object.getPrototypeOf(u));
console.log(typeof u.uid, u.username.length > 0, u.homedir.charAt(0));
console.log(Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
// expect: uid,gid,username,homedir,shell null
// expect: number true /
// expect: true
