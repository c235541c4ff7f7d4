// doc: language.md § "classes"
// A class extending Error has a message, a name, a stack and is instanceof both.
class NotFound extends Error {
  constructor(what) {
    super(`${what} not found`);
    this.name = 'NotFound';
  }
}
try {
  throw new NotFound('file');
} catch (e) {
  console.log(e instanceof NotFound, e instanceof Error, e.message);
  console.log(String(e), e.stack.split('\n')[0]);
}
// expect: true true file not found
// expect: NotFound: file not found NotFound: file not found
