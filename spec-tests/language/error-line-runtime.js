// doc: language.md § "Error positions"
// A runtime error's stack names the line of the original source, after lowered constructs.
class A {
  method() {
    return `multi
line`;
  }
}
const f = async () => {
  await null;
};
const { x = 1 } = {};
function fail() {
  throw new Error('here');
}
try { fail(); } catch (e) { console.log(/language[\/]error-line-runtime\.js:14/.test(e.stack)); }
// expect: true
