// doc: path.md § "path.parse(path)"
// parse splits a path into root, dir, base, ext and name; format puts it back together.
var path = require('path');
var p = path.parse('/home/user/dir/file.txt');
console.log(JSON.stringify(p));
console.log(path.format(p));
console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.format({ root: '/', name: 'file', ext: 'txt' }));
// expect: {"root":"/","dir":"/home/user/dir","base":"file.txt","ext":".txt","name":"file"}
// expect: /home/user/dir/file.txt
// expect: /home/user/dir/file.txt
// expect: /file.txt
