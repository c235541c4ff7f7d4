// doc: process.md § "`process.stdout`"
// process.stdout.write accepts Buffers and encodings like any Writable.
process.stdout.write(Buffer.from('buf\n'));
process.stdout.write('6869210a', 'hex');
process.stdout.write(new Uint8Array([0x75, 0x38, 0x0a]));
// expect: buf
// expect: hi!
// expect: u8
