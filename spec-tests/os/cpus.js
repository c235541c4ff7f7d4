// doc: os.md § "os.cpus()"
// cpus() lists one entry per logical CPU with model, speed and times in milliseconds.
var os = require('os');
var cpus = os.cpus();
console.log(cpus.length >= 1);
console.log(Object.keys(cpus[0]).join(), Object.keys(cpus[0].times).join());
console.log(typeof cpus[0].model, typeof cpus[0].speed, cpus[0].times.idle >= 0);
// expect: true
// expect: model,speed,times user,nice,sys,idle,irq
// expect: string number true
