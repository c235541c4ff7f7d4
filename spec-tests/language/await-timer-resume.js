// doc: ECMA-262 § "AwaitExpression"
// An async function suspended on a promise settled later by a timer resumes (and
// receives a rejection as a throw) when that timer's callback has run.
async function main() {
  await new Promise((resolve) => setTimeout(resolve, 5));
  console.log('resumed');
  try {
    await new Promise((resolve) => setTimeout(resolve, 5)).then(() => { throw new Error('late'); });
  } catch (e) {
    console.log('caught', e.message);
  }
}
main().then(() => console.log('done'));
// expect: resumed
// expect: caught late
// expect: done
