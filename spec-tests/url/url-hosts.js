// doc: url.md § "url.hostname"
// Hosts are canonicalized: IPv6 is compressed, IPv4 numbers are dotted, non-ASCII becomes Punycode.
console.log(new URL('http://[0:0:0:0:0:0:0:1]:8080/').host);
console.log(new URL('http://0x7f.1/').hostname);
console.log(new URL('http://[::ffff:192.168.0.1]/').hostname);
console.log(new URL('https://bücher.example/').hostname);
// expect: [::1]:8080
// expect: 127.0.0.1
// expect: [::ffff:c0a8:1]
// expect: xn--bcher-kva.example
