// doc: process.md § "`process.stdout`"
// process.stdin.pipe(process.stdout) copies input to output, and stdout stays open afterwards.
process.stdin.pipe(process.stdout);
process.stdin.on('end', function () { process.stdout.write('done\n'); });
// stdin: copy me
// stdin: and me
// expect: copy me
// expect: and me
// expect: done
