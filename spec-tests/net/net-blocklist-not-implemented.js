// doc: net.md § "Class: net.BlockList"
// minode-differs: BlockList is P2 and not implemented; it fails loudly with ERR_NOT_IMPLEMENTED.
var net = require('net');
try {
  new net.BlockList();
} catch (e) {
  console.log(e.code);
}
// expect: ERR_NOT_IMPLEMENTED
