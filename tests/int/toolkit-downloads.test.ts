import { jwtSign, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { publishedImage } from './helpers/content'
import { upload } from './helpers/files'
import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'

let payload: Payload
let partner: TestUser
let editor: TestUser
let employerId: number
const ids: Record<string, number> = {}
const partnerFile = 'partner-logo.svg'
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'

beforeAll(async () => {
  payload = await startPayload()
  const employer = await payload.create({
    collection: 'employers',
    data: { _status: 'published', name: 'Partner AS', industry: 'food', country: 'NO' },
  })
  employerId = employer.id
  const file = await payload.create({
    collection: 'files',
    data: { title: 'Partner logo', audience: 'partners', licence: 'owned' },
    file: upload(partnerFile, 'image/svg+xml', Buffer.from(svg)),
  })
  const image = await publishedImage(payload, 'partner-photo')
  const toolkit = await payload.create({
    collection: 'toolkits',
    data: {
      _status: 'published',
      name: 'Partner kit',
      visibility: 'partners',
      colours: [{ name: 'Blå', hex: '#123456', role: 'primary' }],
      logos: [{ label: 'Logo', background: 'light', file: file.id }],
      imageBank: [image.id],
    },
  })
  ids.file = file.id
  ids.image = image.id
  ids.toolkit = toolkit.id
  partner = await createUser(payload, 'partner', { employer: employerId })
  editor = await createUser(payload, 'editor')
})

afterAll(async () => {
  await stopPayload(payload)
})

const direct = (token?: string) => rest(`/files/file/${partnerFile}`, { token })
const counted = (token?: string) =>
  rest(`/toolkits/${ids.toolkit}/download/files/${ids.file}`, { token })

/** The same session's token, re-signed so that it expired a minute ago. */
async function expiredToken(token: string): Promise<string> {
  const {
    iat: _iat,
    exp: _exp,
    ...claims
  } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >
  const { token: expired } = await jwtSign({
    fieldsToSign: claims,
    secret: payload.secret,
    tokenExpiration: -60,
  })
  return expired
}

describe('a partner-only file, requested directly or through the toolkit', () => {
  test('anonymously: 403', async () => {
    expect([(await direct()).status, (await counted()).status]).toEqual([403, 403])
  })

  test('with an expired session: 403', async () => {
    const token = await expiredToken(partner.token)
    expect([(await direct(token)).status, (await counted(token)).status]).toEqual([403, 403])
  })

  test('after logging out: 403', async () => {
    const session = await createUser(payload, 'partner', { employer: employerId })
    expect((await direct(session.token)).status).toBe(200)
    const logout = await rest('/users/logout', { method: 'POST', token: session.token })
    expect(logout.status).toBe(200)
    expect([(await direct(session.token)).status, (await counted(session.token)).status]).toEqual([
      403, 403,
    ])
  })

  test('by a locked account, even with a session opened before the lock: 403', async () => {
    const locked = await createUser(payload, 'partner', { employer: employerId })
    await payload.db.updateOne({
      collection: 'users',
      id: locked.user.id,
      data: { lockUntil: new Date(Date.now() + 600_000).toISOString() },
    })
    expect([(await direct(locked.token)).status, (await counted(locked.token)).status]).toEqual([
      403, 403,
    ])
  })

  test('by a partner or an editor: 200, with the bytes and a policy that blocks script', async () => {
    for (const user of [partner, editor]) {
      for (const response of [await direct(user.token), await counted(user.token)]) {
        expect(response.status).toBe(200)
        expect(await response.text()).toBe(svg)
        expect(response.headers.get('content-security-policy')).toMatch(
          /default-src 'none'.*sandbox/,
        )
        expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      }
    }
  })

  test('a file that is not part of the toolkit is not served through it', async () => {
    const other = await payload.create({
      collection: 'files',
      data: { title: 'Other', audience: 'partners', licence: 'owned' },
      file: upload('other.svg', 'image/svg+xml', Buffer.from(svg)),
    })
    const response = await rest(`/toolkits/${ids.toolkit}/download/files/${other.id}`, {
      token: partner.token,
    })
    expect(response.status).toBe(404)
  })
})

describe('download counts', () => {
  test("are kept per toolkit, partner company and file; editors' own downloads are not counted", async () => {
    await payload.delete({ collection: 'toolkit-downloads', where: { id: { exists: true } } })
    await counted(partner.token)
    await counted(partner.token)
    await counted(editor.token)
    await rest(`/toolkits/${ids.toolkit}/download/media/${ids.image}`, { token: partner.token })
    const { docs } = await payload.find({ collection: 'toolkit-downloads', depth: 0, sort: 'id' })
    expect(
      docs.map((row) => ({
        toolkit: row.toolkit,
        organisation: row.organisation,
        file: row.file ?? null,
        image: row.image ?? null,
        count: row.count,
        day: row.lastDownloadedOn?.slice(0, 10),
      })),
    ).toEqual([
      {
        toolkit: ids.toolkit,
        organisation: employerId,
        file: ids.file,
        image: null,
        count: 2,
        day: new Date().toISOString().slice(0, 10),
      },
      {
        toolkit: ids.toolkit,
        organisation: employerId,
        file: null,
        image: ids.image,
        count: 1,
        day: new Date().toISOString().slice(0, 10),
      },
    ])
  })

  test('are readable by editors only, and nobody can write them through the API', async () => {
    const asEditor = await rest('/toolkit-downloads', { token: editor.token })
    const asPartner = await rest('/toolkit-downloads', { token: partner.token })
    const forged = await rest('/toolkit-downloads', {
      method: 'POST',
      token: editor.token,
      body: { toolkit: ids.toolkit, count: 1000 },
    })
    expect([asEditor.status, asPartner.status, forged.status]).toEqual([200, 403, 403])
  })
})
