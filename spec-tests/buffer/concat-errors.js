// doc: buffer.md § "Static method: Buffer.concat(list[, totalLength])"
// concat() requires an array of Buffers or Uint8Arrays.
try { Buffer.concat('ab'); } catch (e) { console.log(e.code, e.message); }
try { Buffer.concat([Buffer.from('a'), 'b']); } catch (e) { console.log(e.code, e.message); }
// expect: ERR_INVALID_ARG_TYPE The "list" argument must be an instance of Array. Received type string ('ab')
// expect: ERR_INVALID_ARG_TYPE The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string ('b')
