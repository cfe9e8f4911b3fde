import { uploadLimits } from '../uploads/limits'

/** What a request body may be on one kind of route: its media types and its size in bytes. */
export interface BodyRule {
  types: readonly string[]
  maxBytes: number
}

const json = 'application/json'
const multipart = 'multipart/form-data'

/**
 * Bodies by route, first match wins. The admin saves documents as multipart forms and JSON;
 * uploads carry one file; the site's interest form posts a form, its visit beacon plain text.
 */
export const bodyRules: readonly { path: RegExp; rule: BodyRule }[] = [
  { path: /^\/api\/visits\/?$/, rule: { types: ['text/plain'], maxBytes: 256 } },
  {
    path: /^\/api\/leads\/submit\/?$/,
    rule: { types: ['application/x-www-form-urlencoded'], maxBytes: 16 * 1024 },
  },
  {
    path: /^\/api\/(media|files)(\/|$)/,
    rule: { types: [multipart, json], maxBytes: uploadLimits.maxFileBytes + 1024 * 1024 },
  },
  { path: /^\/api\//, rule: { types: [json, multipart], maxBytes: 4 * 1024 * 1024 } },
]

/**
 * The admin sends long reads as `POST` with `X-Payload-HTTP-Method-Override: GET` and the query
 * as a form body; such a read carries nothing else.
 */
const overriddenRead: BodyRule = {
  types: ['application/x-www-form-urlencoded'],
  maxBytes: 64 * 1024,
}

export function bodyRuleFor(pathname: string, headers: Headers): BodyRule | undefined {
  if (headers.get('x-payload-http-method-override')?.toUpperCase() === 'GET') return overriddenRead
  return bodyRules.find(({ path }) => path.test(pathname))?.rule
}
