// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// Writing something that is not a string, Buffer or Uint8Array throws ERR_INVALID_ARG_TYPE.
try {
  process.stdout.write(42);
} catch (e) {
  console.log(e.code);
}
// expect: ERR_INVALID_ARG_TYPE
