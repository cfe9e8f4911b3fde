import { handleEndpoints } from 'payload'

import { payloadKey } from './payload'

/** Calls the CMS REST API in-process, as an HTTP client would, optionally with a user's token. */
export async function rest(
  path: string,
  { token, method = 'GET', body }: { token?: string; method?: string; body?: unknown } = {},
) {
  const { default: config } = await import('@talentregion/cms/config')
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const response = await handleEndpoints({
    config,
    payloadInstanceCacheKey: payloadKey,
    request: new Request(`http://127.0.0.1:3000/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  })
  return response
}
