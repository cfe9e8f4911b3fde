import { guardApi } from '../../../cms/src/http/guardApi'
import { stampPeer } from '../../../cms/src/http/clientAddress'
import { handleEndpoints } from 'payload'

import { payloadKey } from './payload'

interface RestOptions {
  token?: string
  method?: string
  /** Sent as JSON. */
  body?: unknown
  /** Sent as it is, e.g. a form or a beacon's text, or a stream (sent chunked). */
  raw?: string | ReadableStream<Uint8Array>
  headers?: Record<string, string>
  /** The socket address the request arrives from, as the CMS's own server stamps it. */
  peer?: string
}

/** Payload's REST handler behind the same guard the CMS's route handlers use. */
const handler = guardApi(async (request: Request) => {
  const { default: config } = await import('@talentregion/cms/config')
  return handleEndpoints({ config, payloadInstanceCacheKey: payloadKey, request })
})

/** Calls the CMS REST API in-process, as an HTTP client would, optionally with a user's token. */
export async function rest(
  path: string,
  { token, method = 'GET', body, raw, headers: extra = {}, peer = '127.0.0.1' }: RestOptions = {},
) {
  const stamped: Record<string, string | string[] | undefined> = { ...extra }
  stampPeer(stamped, peer)
  const headers = new Headers(stamped as Record<string, string>)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  return handler(
    new Request(`http://127.0.0.1:3000/api${path}`, {
      method,
      headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
      ...(raw instanceof ReadableStream ? { duplex: 'half' } : {}),
    }),
  )
}
