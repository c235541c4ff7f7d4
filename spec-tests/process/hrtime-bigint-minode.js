// doc: process.md § "`process.hrtime.bigint()`"
// minode's hrtime.bigint() throws ERR_NOT_IMPLEMENTED instead of returning a bigint.
// minode-differs: Duktape has no BigInt, so hrtime.bigint() fails loudly rather than return a wrong type.
try {
  process.hrtime.bigint();
  console.log('returned');
} catch (e) {
  console.log(e.code);
}
// expect: ERR_NOT_IMPLEMENTED
