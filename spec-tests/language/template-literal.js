// doc: language.md § "template literals"
// A template literal interpolates expressions and keeps its line breaks.
const name = 'world';
const s = `hello ${name}
${1 + 1} lines`;
console.log(JSON.stringify(s));
// expect: "hello world\n2 lines"
