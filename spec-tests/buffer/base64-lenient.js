// doc: buffer.md § "Buffers and character encodings"
// base64 decoding accepts the URL-safe alphabet, ignores whitespace, and stops at padding.
console.log(Buffer.from('aGVs bG8=\n', 'base64').toString());
console.log(Buffer.from('aGVsbA', 'base64').toString(), Buffer.from('_-8', 'base64'));
console.log(Buffer.from('aGk=aGk=', 'base64').toString());
// expect: hello
// expect: hell <Buffer ff ef>
// expect: hi
