// doc: stream.md § "readable.read([size])"
// process.stdin can be read in paused mode with 'readable' and read().
var text = '';
process.stdin.on('readable', function () {
  var chunk;
  while ((chunk = process.stdin.read()) !== null) text += chunk;
});
process.stdin.on('end', function () { console.log(JSON.stringify(text)); });
// stdin: paused mode
// expect: "paused mode\n"
