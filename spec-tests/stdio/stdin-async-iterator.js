// doc: stream.md § "readable[Symbol.asyncIterator]()"
// for await over process.stdin yields its chunks until the end of input.
async function main() {
  var text = '';
  for await (const chunk of process.stdin) text += chunk;
  console.log(JSON.stringify(text));
}
main();
// stdin: one
// stdin: two
// expect: "one\ntwo\n"
