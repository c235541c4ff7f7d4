// doc: language.md § "async functions"
// A rejected await throws at the await; try/catch/finally and loops work across awaits.
const fail = (msg) => Promise.reject(new Error(msg));
async function run() {
  const log = [];
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) await fail('bad ' + i);
      log.push(await Promise.resolve(i));
    } catch (e) {
      log.push(e.message);
    } finally {
      log.push('f' + i);
    }
  }
  return log.join(',');
}
run().then(console.log);
// expect: 0,f0,bad 1,f1,2,f2
