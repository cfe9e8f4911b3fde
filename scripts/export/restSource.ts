import type { ContentSource, RawDoc } from './source'

interface RestOptions {
  /** The CMS origin, e.g. http://127.0.0.1:3000 */
  baseUrl: string
  /** Credentials of a read-only account; without them the export reads anonymously. */
  email?: string
  password?: string
}

/** Turns `{ _status: { equals: 'published' } }` into `where[_status][equals]=published`. */
export function whereToQuery(where: Record<string, unknown>, prefix = 'where'): string[] {
  return Object.entries(where).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? whereToQuery(value as Record<string, unknown>, `${prefix}[${key}]`)
      : [`${encodeURIComponent(`${prefix}[${key}]`)}=${encodeURIComponent(String(value))}`],
  )
}

/** Reads a running CMS over its REST API, page by page. */
export async function restSource({
  baseUrl,
  email,
  password,
}: RestOptions): Promise<ContentSource> {
  const origin = baseUrl.replace(/\/$/, '')
  const headers = new Headers()
  if (email && password) {
    const login = await fetch(`${origin}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    if (!login.ok)
      throw new Error(`Logging in to ${origin} as ${email} failed: HTTP ${login.status}`)
    const { token } = (await login.json()) as { token?: string }
    if (token) headers.set('Authorization', `JWT ${token}`)
  }
  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${origin}${path}`, { headers })
    if (!response.ok) throw new Error(`GET ${origin}${path} failed: HTTP ${response.status}`)
    return (await response.json()) as T
  }
  return {
    cmsUrl: origin,
    async findAll(collection, where) {
      const docs: RawDoc[] = []
      for (let page = 1; ; page++) {
        const query = [
          'locale=all',
          'depth=0',
          'draft=false',
          'limit=100',
          `page=${page}`,
          ...whereToQuery(where ?? {}),
        ]
        const result = await getJson<{ docs: RawDoc[]; hasNextPage: boolean }>(
          `/api/${collection}?${query.join('&')}`,
        )
        docs.push(...result.docs)
        if (!result.hasNextPage) return docs
      }
    },
    findGlobal(slug, { locale, fallback }) {
      const fallbackQuery = fallback ? '' : '&fallback-locale=none'
      return getJson(`/api/globals/${slug}?locale=${locale}&depth=0${fallbackQuery}`)
    },
    async readUpload(collection, filename) {
      const response = await fetch(
        `${origin}/api/${collection}/file/${encodeURIComponent(filename)}`,
        { headers },
      )
      if (!response.ok)
        throw new Error(
          `Downloading ${collection} file ${filename} failed: HTTP ${response.status}`,
        )
      return Buffer.from(await response.arrayBuffer())
    },
    async close() {},
  }
}
