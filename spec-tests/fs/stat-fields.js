// doc: fs.md § "Class: fs.Stats"
// Stats carries the numeric fields Node lists, in order.
var fs = require('fs');
var path = require('path');
var os = require('os');
console.log(Object.keys(fs.statSync(__filename)).join(','));
// expect: dev,mode,nlink,uid,gid,rdev,blksize,ino,size,blocks,atimeMs,mtimeMs,ctimeMs,birthtimeMs,atime,mtime,ctime,birthtime
