import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleEndpoints } from 'payload'

import { payloadKey } from './payload'

/** This test file's CMS REST API on a real loopback port, as a running CMS would serve it. */
export async function startCmsHttp(): Promise<{ url: string; close: () => Promise<void> }> {
  const { default: config } = await import('@talentregion/cms/config')
  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value)
      }
      const { port } = server.address() as AddressInfo
      const response = await handleEndpoints({
        config,
        payloadInstanceCacheKey: payloadKey,
        request: new Request(`http://127.0.0.1:${port}${req.url ?? '/'}`, {
          method: req.method,
          headers,
          body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
        }),
      })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
