// The CMS's production server: Next.js behind a plain Node HTTP server, so that the client's
// address comes from the socket. Run with tsx: `tsx src/server.ts --hostname H --port P`.
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { stampPeer, trustedProxies } from './http/clientAddress'

const { values } = parseArgs({
  options: {
    hostname: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '3000' },
  },
})
const hostname = values.hostname
const port = Number(values.port)
// A wrong TRUSTED_PROXIES stops the start with the reason, not the first request.
trustedProxies()

const app = next({
  dev: false,
  dir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  hostname,
  port,
})
const handle = app.getRequestHandler()
await app.prepare()

http
  .createServer((request, response) => {
    stampPeer(request.headers, request.socket.remoteAddress)
    void handle(request, response)
  })
  .listen(port, hostname, () => console.log(`CMS listening on http://${hostname}:${port}`))
