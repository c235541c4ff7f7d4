// loop-mix.js: one of each kind of callback, to watch the event loop run them.
// Chapter: chapters/02-event-loop.md. The order it prints is the same in node.
//
//   minode loop-mix.js                    the order
//   minode --trace-loop loop-mix.js       ... and what the loop did, on stderr
//   minode --trace-loop=loop-mix.json loop-mix.js
//   node ../../tools/trace-to-svg.js loop-mix.json > ../img/loop-mix.svg
function log(s) { console.log(s); }

setTimeout(function timeout0() {
  log('timeout 0');
  process.nextTick(function tickFromTimeout() { log('  nextTick from timeout 0'); });
  Promise.resolve().then(function thenFromTimeout() { log('  promise from timeout 0'); });
}, 0);

setImmediate(function immediate1() {
  log('immediate 1');
  process.nextTick(function tickFromImmediate() { log('  nextTick from immediate 1'); });
});
setImmediate(function immediate2() {
  log('immediate 2');
  setTimeout(function timeout10() {
    log('timeout 10');
    setTimeout(function timeoutFromTimeout() { log('timeout 0 from timeout 10'); }, 0);
    setImmediate(function immediateFromTimeout() { log('immediate from timeout 10'); });
  }, 10);
});

Promise.resolve().then(function then1() {
  log('promise 1');
  process.nextTick(function tickFromPromise() { log('  nextTick from promise 1'); });
});
process.nextTick(function tick1() { log('nextTick 1'); });

// Whether a 0 ms timer or an immediate set by the main script runs first
// depends on whether 1 ms has passed when the loop starts (try without
// this line, in node too). Waiting 2 ms makes the timer due: timers first.
for (var start = Date.now(); Date.now() - start < 2;) {}
log('main script done');
