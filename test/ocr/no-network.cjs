// Preloaded (node --require) into a child process and, through execArgv, into its worker threads:
// every way to reach the network records the attempt in $NO_NET_LOG and throws.
const fs = require('node:fs');
const { isMainThread, threadId } = require('node:worker_threads');
const log = process.env.NO_NET_LOG;
const note = (what) => fs.appendFileSync(log, `${what}\n`);
note(`installed ${isMainThread ? 'main' : 'worker'} ${threadId}`);
const deny = (name) =>
  function denied() {
    note(`NETWORK ${name}`);
    throw new Error(`network access attempted: ${name}`);
  };
globalThis.fetch = deny('fetch');
for (const m of ['node:http', 'node:https']) {
  const mod = require(m);
  mod.request = deny(`${m}.request`);
  mod.get = deny(`${m}.get`);
}
const net = require('node:net');
net.connect = deny('net.connect');
net.createConnection = deny('net.createConnection');
net.Socket.prototype.connect = deny('net.Socket.connect');
require('node:tls').connect = deny('tls.connect');
const dns = require('node:dns');
dns.lookup = deny('dns.lookup');
dns.promises.lookup = deny('dns.promises.lookup');
