// doc: buffer.md § "Static method: Buffer.isEncoding(encoding)"
// isEncoding accepts every supported encoding name in any case, and nothing else.
console.log(['utf8', 'UTF-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le'].map(Buffer.isEncoding).join());
console.log(Buffer.isEncoding('utf/8'), Buffer.isEncoding(''), Buffer.isEncoding(null), Buffer.isEncoding('toString'));
// expect: true,true,true,true,true,true,true,true,true,true,true,true
// expect: false false false false
