import { siteUrl } from '@talentregion/shared/environment'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'
import type { DocumentId } from './helpers/documentId'

// The site's own address, as configured (SITE_URL) or by default.
const site = siteUrl()

let payload: Payload
let editor: TestUser
let campaignId: DocumentId

beforeAll(async () => {
  payload = await startPayload()
  editor = await createUser(payload, 'editor')
  const campaign = await payload.create({
    collection: 'campaigns',
    data: {
      _status: 'published',
      title: 'Kom hjem',
      startsOn: '2026-01-01',
      endsOn: '2030-12-31',
      defaultLocale: 'nb',
      layout: [{ blockType: 'interestForm', heading: 'Si fra' }],
    },
  })
  campaignId = campaign.id
})

afterAll(async () => {
  await stopPayload(payload)
})

/** 32 MB in 64 KB chunks, with no Content-Length; counts how much the server pulled. */
function endlessBody() {
  const chunk = new Uint8Array(64 * 1024).fill(0x61)
  const sent = { bytes: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent.bytes >= 32 * 1024 * 1024) return controller.close()
      sent.bytes += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
  return { stream, sent }
}

describe('bodies are counted as they arrive', () => {
  test.each([
    ['/stories', 'application/json', 4 * 1024 * 1024],
    ['/leads/submit', 'application/x-www-form-urlencoded', 16 * 1024],
    ['/visits', 'text/plain', 256],
    ['/media', 'multipart/form-data; boundary=x', 26 * 1024 * 1024],
  ])('a 32 MB chunked body to %s stops at the limit with 413', async (route, type, limit) => {
    const { stream, sent } = endlessBody()
    const response = await rest(route, {
      method: 'POST',
      raw: stream,
      token: editor.token,
      headers: { 'Content-Type': type },
    })
    expect(response.status).toBe(413)
    expect(sent.bytes).toBeLessThan(limit + 4 * 64 * 1024)
  })

  test('a declared Content-Length over the limit is refused before reading', async () => {
    const { stream, sent } = endlessBody()
    const response = await rest('/leads/submit', {
      method: 'POST',
      raw: stream,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '999999' },
    })
    expect(response.status).toBe(413)
    expect(sent.bytes).toBeLessThanOrEqual(2 * 64 * 1024)
  })
})

describe('a body of the wrong type answers 415', () => {
  test.each([
    ['/stories', 'text/plain', 'title=x'],
    ['/stories', 'application/xml', '<title>x</title>'],
    ['/users/login', 'text/plain', 'email=a&password=b'],
    ['/leads/submit', 'application/json', '{"name":"x"}'],
    ['/visits', 'application/json', '"ABCDEF"'],
  ])('%s with %s', async (route, type, body) => {
    const response = await rest(route, {
      method: 'POST',
      raw: body,
      token: editor.token,
      headers: { 'Content-Type': type },
    })
    expect(response.status).toBe(415)
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors[0]?.message).toMatch(/^Send the body as /)
  })
})

describe("the admin's long reads", () => {
  test('a read sent as a form with the method override still works', async () => {
    const response = await rest('/campaigns', {
      method: 'POST',
      token: editor.token,
      raw: 'depth=0&where[title][equals]=Kom%20hjem',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Payload-HTTP-Method-Override': 'GET',
      },
    })
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: { id: DocumentId }[] }
    expect(docs.map((doc) => doc.id)).toEqual([campaignId])
  })

  test('but a write cannot pass itself off as one', async () => {
    const response = await rest('/campaigns', {
      method: 'POST',
      token: editor.token,
      raw: 'title=Sneaky',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(415)
  })
})

describe('answers to logged-in requests are never cached', () => {
  test('with a token: no-store; anonymous public reads keep their own caching', async () => {
    const mine = await rest('/campaigns', { token: editor.token })
    expect(mine.headers.get('cache-control')).toBe('private, no-store')
    const cookie = await rest('/users/me', { headers: { Cookie: `payload-token=${editor.token}` } })
    expect(cookie.headers.get('cache-control')).toMatch(/no-store/)
  })
})

describe('lead forms', () => {
  const form = (address: string, i: number) =>
    rest('/leads/submit', {
      method: 'POST',
      raw: new URLSearchParams({
        name: `Person ${i}`,
        email: `p${i}@example.no`,
        consent: 'yes',
        locale: 'nb',
        campaign: String(campaignId),
      }).toString(),
      peer: address,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
        'X-Forwarded-For': `198.51.100.${i}`,
        'User-Agent': `Browser/${i}`,
        'Accept-Language': i % 2 ? 'nb' : 'sv',
      },
    })

  test('rotating X-Forwarded-For and User-Agent lets at most 20 of 100 through', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 100; i++) statuses.push((await form('10.50.0.1', i)).status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(20)
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true)
  })

  const page = (referer?: string, path?: string) =>
    rest('/leads/submit', {
      method: 'POST',
      raw: new URLSearchParams({
        name: '',
        locale: 'sv',
        campaign: String(campaignId),
        ...(path === undefined ? {} : { page: path }),
      }).toString(),
      peer: '10.50.0.2',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        ...(referer ? { Referer: referer } : {}),
      },
    })

  test('the answer page links back only to the site itself', async () => {
    const own = await (await page(`${site}/sv/kampanjer/kom-hjem/?x=1`)).text()
    expect(own).toContain(`href="${site}/sv/kampanjer/kom-hjem/?x=1"`)
    for (const foreign of ['https://evil.example/phish', 'javascript:alert(1)', undefined]) {
      const html = await (await page(foreign)).text()
      expect(html).toContain(`href="${site}/sv/"`)
      expect(html).not.toMatch(/evil|javascript/)
    }
  })

  test('the form names its own page, which must be a path of the site', async () => {
    const own = await (await page(`${site}/`, '/sv/kampanjer/kom-hjem/')).text()
    expect(own).toContain(`href="${site}/sv/kampanjer/kom-hjem/"`)
    for (const path of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      '/%2F%2Fevil.example',
    ]) {
      const html = await (await page(undefined, path)).text()
      expect(html).toContain(`href="${site}/sv/"`)
      expect(html).not.toMatch(/evil/)
    }
  })

  test('the answer page runs nothing and cannot be framed', async () => {
    const response = await page()
    expect(response.headers.get('content-security-policy')).toMatch(
      /default-src 'none'.*frame-ancestors 'none'/,
    )
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
