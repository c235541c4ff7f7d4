// doc: modules.md § "File modules"
// A .json file that is not valid JSON throws a SyntaxError whose message starts with the file's path.
try {
  require('./fixtures/bad.json');
  console.log('parsed');
} catch (e) {
  console.log(e.name);
  console.log(e.message.indexOf(__dirname + '/fixtures/bad.json: ') === 0);
}
// expect: SyntaxError
// expect: true
