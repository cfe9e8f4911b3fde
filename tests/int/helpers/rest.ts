import { handleEndpoints } from 'payload'

import { payloadKey } from './payload'

interface RestOptions {
  token?: string
  method?: string
  /** Sent as JSON. */
  body?: unknown
  /** Sent as it is, e.g. a form or a beacon's text. */
  raw?: string
  headers?: Record<string, string>
}

/** Calls the CMS REST API in-process, as an HTTP client would, optionally with a user's token. */
export async function rest(
  path: string,
  { token, method = 'GET', body, raw, headers: extra = {} }: RestOptions = {},
) {
  const { default: config } = await import('@talentregion/cms/config')
  const headers = new Headers(extra)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const response = await handleEndpoints({
    config,
    payloadInstanceCacheKey: payloadKey,
    request: new Request(`http://127.0.0.1:3000/api${path}`, {
      method,
      headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    }),
  })
  return response
}
