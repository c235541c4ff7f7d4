// os: facts about the operating system and machine (Node's `require('os')`).
//
// What: Node's os module over internalBinding('os') (src/os/os_binding.cpp),
// which reads uname, /proc, getifaddrs and the passwd database.
// Interface: EOL, devNull, constants {UV_UDP_REUSEADDR, dlopen, errno,
// signals, priority}, arch(), platform(), type(), release(), version(),
// machine(), endianness(), hostname(), homedir(), tmpdir(), uptime(),
// totalmem(), freemem(), loadavg(), cpus(), availableParallelism(),
// networkInterfaces(), userInfo([options]), getPriority([pid]),
// setPriority([pid, ]priority).
// Invariants: results are fresh on every call (nothing cached except the
// constant tables); argument errors are Node's (ERR_INVALID_ARG_TYPE,
// ERR_OUT_OF_RANGE); system-call failures carry code/errno/syscall.
// Read first: src/os/os_info.hpp. Doc: api/os.md.
'use strict';

var binding = internalBinding('os');
var validators = require('internal/validators');
var codes = require('internal/errors').codes;

function nullProto(source) {
  var out = Object.create(null);
  var keys = Object.keys(source);
  for (var i = 0; i < keys.length; i++) out[keys[i]] = source[keys[i]];
  return out;
}

var constants = {
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0,
    RTLD_DEEPBIND: 8 }),
  errno: nullProto(binding.errno),
  signals: nullProto(binding.signals),
  priority: nullProto({ PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20 })
};
Object.setPrototypeOf(constants, null);

var endian = (function () {
  var probe = new Uint16Array([1]);
  return new Uint8Array(probe.buffer)[0] === 1 ? 'LE' : 'BE';
})();

function uname(index) {
  return binding.getOSInformation()[index];
}

function arch() { return process.arch; }
function platform() { return process.platform; }
function type() { return uname(0); }
function version() { return uname(1); }
function release() { return uname(2); }
function machine() { return uname(3); }
function endianness() { return endian; }
function hostname() { return binding.getHostname(); }
function homedir() { return binding.getHomeDirectory(); }
function uptime() { return binding.getUptime(); }
function totalmem() { return binding.getTotalMem(); }
function freemem() { return binding.getFreeMem(); }
function loadavg() { return binding.getLoadAvg(); }
function cpus() { return binding.getCPUs(); }
function availableParallelism() { return binding.getAvailableParallelism(); }

// TMPDIR, TMP, TEMP, then /tmp; a trailing slash is dropped (not from '/').
function tmpdir() {
  var env = process.env;
  var path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.charAt(path.length - 1) === '/') path = path.slice(0, -1);
  return path;
}

// Prefix length of a netmask ('255.255.255.0' -> 24), or null if the ones
// are not contiguous.
function maskBits(netmask, family) {
  var bits = 0;
  var seenZero = false;
  var parts = family === 'IPv4' ? netmask.split('.') : netmask.split(':');
  for (var i = 0; i < parts.length; i++) {
    var n = family === 'IPv4' ? parseInt(parts[i], 10) : parseInt(parts[i] || '0', 16);
    var width = family === 'IPv4' ? 8 : 16;
    for (var b = width - 1; b >= 0; b--) {
      if (n & (1 << b)) {
        if (seenZero) return null;
        bits++;
      } else {
        seenZero = true;
      }
    }
  }
  return bits;
}

function networkInterfaces() {
  var list = binding.getInterfaceAddresses();
  var result = {};
  for (var i = 0; i < list.length; i++) {
    var a = list[i];
    var bits = maskBits(a.netmask, a.family);
    var entry = {
      address: a.address,
      netmask: a.netmask,
      family: a.family,
      mac: a.mac,
      internal: a.internal,
      cidr: bits === null ? null : a.address + '/' + bits
    };
    if (a.family === 'IPv6') entry.scopeid = a.scopeid;
    (result[a.name] = result[a.name] || []).push(entry);
  }
  return result;
}

function userInfo(options) {
  if (typeof options !== 'object') options = null; // Node ignores the rest
  var encoding = options ? options.encoding : undefined;
  var info = binding.getUserInfo();
  var out = Object.create(null);
  out.uid = info.uid;
  out.gid = info.gid;
  var names = ['username', 'homedir', 'shell'];
  for (var i = 0; i < names.length; i++) {
    var v = info[names[i]];
    out[names[i]] = encoding === 'buffer' && v !== null ? Buffer.from(v) : v;
  }
  return out;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validators.validateInt32(pid, 'pid');
  return binding.getPriority(pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validators.validateInt32(pid, 'pid');
  validators.validateInt32(priority, 'priority', -20, 19);
  binding.setPriority(pid, priority);
}

// Like Node, the simple getters convert to their value in string contexts
// (`${os.hostname}`), through Symbol.toPrimitive.
[arch, platform, type, version, release, machine, endianness, hostname, homedir,
  uptime, totalmem, freemem, tmpdir, availableParallelism].forEach(function (fn) {
  Object.defineProperty(fn, Symbol.toPrimitive, {
    value: function () { return fn(); }, configurable: true
  });
});

module.exports = {
  arch: arch,
  availableParallelism: availableParallelism,
  cpus: cpus,
  endianness: endianness,
  freemem: freemem,
  getPriority: getPriority,
  homedir: homedir,
  hostname: hostname,
  loadavg: loadavg,
  networkInterfaces: networkInterfaces,
  platform: platform,
  release: release,
  setPriority: setPriority,
  tmpdir: tmpdir,
  totalmem: totalmem,
  type: type,
  userInfo: userInfo,
  uptime: uptime,
  version: version,
  machine: machine,
  constants: constants,
  EOL: '\n',
  devNull: '/dev/null'
};
