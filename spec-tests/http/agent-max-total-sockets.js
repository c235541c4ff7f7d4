// doc: http.md § "agent.maxTotalSockets"
// maxTotalSockets caps sockets across origins: a request to a second origin waits until the first socket closes.
var http = require('http');
var agent = new http.Agent({ maxTotalSockets: 1 });
function serve(req, res) { res.end(); }
var a = http.createServer(serve);
var b = http.createServer(serve);
a.listen(0, '127.0.0.1', function () {
  b.listen(0, '127.0.0.1', function () {
    var order = [];
    function get(server, label) {
      http.get({ host: '127.0.0.1', port: server.address().port, agent: agent }, function (res) {
        res.resume();
        res.on('end', function () {
          order.push(label);
          if (order.length === 2) {
            console.log(order.join(' '));
            a.close();
            b.close();
          }
        });
      });
    }
    get(a, 'a');
    get(b, 'b');
    console.log(agent.totalSocketCount, Object.keys(agent.requests).length);
  });
});
// expect: 1 1
// expect: a b
