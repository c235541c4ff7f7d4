// doc: language.md § "generators"
// next(v) resumes with v; throw(e) raises e at the paused yield; return(v) runs finally blocks.
function* g() {
  try {
    const a = yield 1;
    console.log('got', a);
    yield 2;
  } catch (e) {
    console.log('caught', e);
    yield 3;
  } finally {
    console.log('finally');
  }
}
const it = g();
it.next();
console.log(it.next('A').value);
console.log(it.throw('E').value);
console.log(JSON.stringify(it.return(9)));
// expect: got A
// expect: 2
// expect: caught E
// expect: 3
// expect: finally
// expect: {"value":9,"done":true}
