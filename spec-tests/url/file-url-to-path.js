// doc: url.md § "url.fileURLToPath(url[, options])"
// fileURLToPath decodes a file: URL into a path; other schemes, hosts and encoded '/' are errors.
var url = require('url');
console.log(url.fileURLToPath('file:///tmp/a%20b/%C3%A9.txt'));
console.log(url.fileURLToPath(new URL('file:///etc/hosts')));
try { url.fileURLToPath('http://x/'); } catch (e) { console.log(e.code); }
try { url.fileURLToPath('file://host/x'); } catch (e) { console.log(e.code); }
try { url.fileURLToPath('file:///a%2Fb'); } catch (e) { console.log(e.code); }
// expect: /tmp/a b/é.txt
// expect: /etc/hosts
// expect: ERR_INVALID_URL_SCHEME
// expect: ERR_INVALID_FILE_URL_HOST
// expect: ERR_INVALID_FILE_URL_PATH
