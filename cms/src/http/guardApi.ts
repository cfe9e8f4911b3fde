import { bodyRuleFor, type BodyRule } from './requestRules'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

const refuse = (status: 413 | 415, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** Reads at most `maxBytes`, counting as the bytes arrive; null once the body is larger. */
async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number) {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, total)
}

const mediaType = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()

/** The request with its body read under the route's rule, or the refusal to answer instead. */
async function checkedBody(request: Request, rule: BodyRule): Promise<Request | Response> {
  const tooLarge = () => refuse(413, `The request body is larger than ${rule.maxBytes} bytes.`)
  if (Number(request.headers.get('content-length') ?? 0) > rule.maxBytes) return tooLarge()
  const bytes = request.body ? await readLimited(request.body, rule.maxBytes) : Buffer.alloc(0)
  if (!bytes) return tooLarge()
  if (bytes.byteLength > 0 && !rule.types.includes(mediaType(request)))
    return refuse(415, `Send the body as ${rule.types.join(' or ')}.`)
  // A new request: the old one's body has been read.
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: bytes.byteLength > 0 ? bytes : null,
    signal: request.signal,
  })
}

/** A request that carries a session (cookie or Authorization header). */
const authenticated = (request: Request) =>
  request.headers.has('authorization') ||
  /(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/**
 * Wraps the REST handlers: bodies are limited by bytes as they arrive (413) and by media type
 * (415) before Payload reads them, and answers to a logged-in request are never cached.
 */
export function guardApi<Rest extends unknown[]>(handler: Handler<Rest>): Handler<Rest> {
  return async (request, ...rest) => {
    let checked: Request = request
    const rule = bodyRuleFor(new URL(request.url).pathname, request.headers)
    if (rule && !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      const result = await checkedBody(request, rule)
      if (result instanceof Response) return result
      checked = result
    }
    const response = await handler(checked, ...rest)
    if (!authenticated(request)) return response
    if (response.headers.get('cache-control')?.includes('no-store')) return response
    const headers = new Headers(response.headers)
    headers.set('Cache-Control', 'private, no-store')
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    })
  }
}
