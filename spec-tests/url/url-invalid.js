// doc: url.md § "new URL(input[, base])"
// An unparsable URL throws a TypeError with code ERR_INVALID_URL and the input attached.
try { new URL('not a url'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
try { new URL('http://exa mple.com'); } catch (e) { console.log(e.code); }
try { new URL('http://a:99999/'); } catch (e) { console.log(e.code); }
// expect: TypeError ERR_INVALID_URL Invalid URL not a url
// expect: ERR_INVALID_URL
// expect: ERR_INVALID_URL
