import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { fixtureUuid, navPage } from './fixtureAds'

/** A fault the server gives instead of its answer, to the next `times` requests that match. */
export interface FixtureFault {
  path: RegExp
  kind: 500 | 'hang'
  times: number
}

/** What the fixture feeds serve; tests change it between runs. */
export interface FixtureFeeds {
  nav: {
    /** Feed items, oldest first; served in pages of `pageSize` that overlap by one, as NAV's do. */
    items: { id: string; date_modified: string }[]
    entries: Map<string, unknown>
    pageSize: number
    token: string
  }
  jobstream: {
    snapshot: unknown[]
    /** Changes with the time they were made, for `/v2/stream?updated-after=`. */
    changes: { at: Date; ad: unknown }[]
    /** When set, requests must carry it in the `api-key` header. */
    apiKey?: string
  }
  faults: FixtureFault[]
  /** Every path asked for, in order. */
  requests: string[]
}

export function emptyFixtureFeeds(): FixtureFeeds {
  return {
    nav: {
      items: [],
      entries: new Map(),
      pageSize: 1000,
      token: 'header.public-token-1.signature',
    },
    jobstream: { snapshot: [], changes: [] },
    faults: [],
    requests: [],
  }
}

const pageId = (index: number) => fixtureUuid(`nav-feed-page-${index}`)

/** NAV's pages: page k holds items k·(size−1) … k·(size−1)+size−1, so neighbours share one. */
function navPages(feeds: FixtureFeeds) {
  const { items, pageSize } = feeds.nav
  const step = pageSize - 1
  const count = Math.max(1, Math.ceil((items.length - 1) / step))
  return Array.from({ length: count }, (_, index) =>
    navPage(
      pageId(index),
      items.slice(index * step, index * step + pageSize),
      index + 1 < count ? pageId(index + 1) : null,
    ),
  )
}

/** A Swedish wall-clock time ("2026-12-03T09:30:00", no zone) as the moment it names. */
function stockholmTime(wall: string): Date {
  const guess = new Date(`${wall}Z`)
  const shown = new Date(
    guess.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).replace(' ', 'T') + 'Z',
  )
  return new Date(+guess - (+shown - +guess))
}

function json(res: http.ServerResponse, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(200, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

function navAnswer(
  feeds: FixtureFeeds,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
) {
  if (path === '/api/publicToken') {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end(`Current public token for Nav Job Vacancy Feed:\n${feeds.nav.token}\n`)
    return
  }
  if (req.headers.authorization !== `Bearer ${feeds.nav.token}`) {
    res.writeHead(401)
    res.end()
    return
  }
  const entry = /^\/api\/v1\/feedentry\/([\w-]+)$/.exec(path)
  if (entry) {
    const found = feeds.nav.entries.get(entry[1]!)
    if (found) json(res, found)
    else {
      res.writeHead(404)
      res.end()
    }
    return
  }
  const pages = navPages(feeds)
  const asked = /^\/api\/v1\/feed(?:\/([\w-]+))?$/.exec(path)
  const page = asked && (asked[1] ? pages.find((candidate) => candidate.id === asked[1]) : pages[0])
  if (!page) {
    res.writeHead(404)
    res.end()
    return
  }
  // NAV's ETag is the next page's id, or on the newest page the id of its last item — an ad's id,
  // the same when that ad changes again — so NAV answers 304 only when the ETag matches and the
  // last item is no newer than If-Modified-Since (to the second, as HTTP dates go).
  const last = page.items.at(-1) as { id: string; date_modified: string } | undefined
  const etag = page.next_id ?? last?.id ?? page.id
  const lastSecond = Math.floor(+new Date(last?.date_modified ?? 0) / 1000)
  const modified = new Date(lastSecond * 1000).toUTCString()
  const since = req.headers['if-modified-since']
  const sinceSecond = since ? Math.floor(+new Date(since) / 1000) : NaN
  if (req.headers['if-none-match'] === etag && lastSecond <= sinceSecond) {
    res.writeHead(304, { etag })
    res.end()
    return
  }
  json(res, page, { etag, 'last-modified': modified })
}

function jobStreamAnswer(
  feeds: FixtureFeeds,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
) {
  const { apiKey } = feeds.jobstream
  if (apiKey && req.headers['api-key'] !== apiKey) {
    res.writeHead(401)
    res.end()
    return
  }
  if (url.pathname === '/v2/snapshot') return json(res, feeds.jobstream.snapshot)
  const after = url.searchParams.get('updated-after')
  if (url.pathname !== '/v2/stream' || !after) {
    res.writeHead(400)
    res.end('updated-after is required')
    return
  }
  const since = stockholmTime(after)
  json(
    res,
    feeds.jobstream.changes.filter((change) => change.at > since).map((change) => change.ad),
  )
}

/**
 * NAV's and JobStream's feeds on a loopback port, from fixtures: paging, ETag (304), a public
 * token that can rotate (401), removals, and faults on demand (a 500, or no answer at all).
 */
export async function startFixtureFeeds(feeds: FixtureFeeds = emptyFixtureFeeds()) {
  const hanging = new Set<http.ServerResponse>()
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture')
    feeds.requests.push(`${url.pathname}${url.search}`)
    const fault = feeds.faults.find(
      (candidate) => candidate.times > 0 && candidate.path.test(url.pathname),
    )
    if (fault) {
      fault.times--
      if (fault.kind === 'hang') {
        hanging.add(res)
        return
      }
      res.writeHead(500)
      res.end('Internal Server Error')
      return
    }
    if (url.pathname.startsWith('/nav/')) return navAnswer(feeds, req, res, url.pathname.slice(4))
    if (url.pathname.startsWith('/jobstream/')) {
      return jobStreamAnswer(
        feeds,
        req,
        res,
        new URL(url.pathname.slice(10) + url.search, 'http://fixture'),
      )
    }
    res.writeHead(404)
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const base = `http://127.0.0.1:${port}`
  return {
    feeds,
    navUrl: `${base}/nav`,
    jobStreamUrl: `${base}/jobstream`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
