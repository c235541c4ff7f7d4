// doc: language.md § "template literals"
// A tag receives the cooked strings, their raw forms and the values; the strings object is the same on every call of a site.
function tag(strings, ...values) {
  return strings.join('|') + ' ' + strings.raw[0] + ' ' + values.join(',');
}
console.log(tag`a\t${1}b${2}`);
const seen = [];
const keep = (s) => s;
for (let i = 0; i < 2; i++) seen.push(keep`x`);
console.log(seen[0] === seen[1], Object.isFrozen(seen[0]));
console.log(String.raw`a\nb${1}`);
// expect: a	|b| a\t 1,2
// expect: true true
// expect: a\nb1
