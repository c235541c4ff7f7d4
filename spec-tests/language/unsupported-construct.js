// doc: language.md § "Unsupported constructs"
// An unsupported construct fails before the script runs, with a SyntaxError naming it and its line.
// minode-differs: node supports private class members; minode's lowering does not and says so.
console.log('never printed');
class Secret {
  #hidden = 1;
}
// expect-exit: 1
// expect-stderr: /SyntaxError: minode does not support private class members \(#name\) \(line 6\)/
