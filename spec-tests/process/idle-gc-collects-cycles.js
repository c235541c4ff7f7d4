// doc: process.md § "process.memoryUsage()" (heapUsed)
// Garbage in reference cycles (which reference counting cannot free) is
// collected when the loop goes idle after the heap has grown by half and by
// at least 1 MiB: heapUsed drops before the next timer fires.
// minode-differs: minode's idle-time collection (src/cli/run.cpp, idle-gc); V8 decides its own GC timing, so node may not have collected yet.
var keep = [];
for (var i = 0; i < 20000; i++) {
  var a = {};
  var b = { a: a };
  a.b = b;  // a cycle
  keep.push(a);
}
keep = null;
var before = process.memoryUsage().heapUsed;
setTimeout(function () {
  var freed = before - process.memoryUsage().heapUsed;
  console.log(freed > 1024 * 1024 ? 'collected' : 'not collected: ' + freed + ' bytes freed');
}, 20);
// expect: collected
