import fs from 'node:fs'
import path from 'node:path'

import { t } from '@talentregion/shared/i18n'
import { jwtSign, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { partnerToolkit, publishedImage } from './helpers/content'
import { upload } from './helpers/files'
import { startPayload, stopPayload } from './helpers/payload'
import { atomicIncOnFerretDB, isFerretDB } from './helpers/server'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'
import { readZip } from './helpers/zip'
import type { DocumentId } from './helpers/documentId'

let payload: Payload
let partner: TestUser
let editor: TestUser
let employerId: DocumentId
const ids: Record<string, DocumentId> = {}
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
  const toolkit = await partnerToolkit(payload, file.id, image.id)
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

  test('twenty downloads at once count twenty, on one row', async ({ skip }) => {
    if (await isFerretDB(payload)) skip(atomicIncOnFerretDB)
    await payload.delete({ collection: 'toolkit-downloads', where: { id: { exists: true } } })
    const responses = await Promise.all(Array.from({ length: 20 }, () => counted(partner.token)))
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200))
    const { docs } = await payload.find({ collection: 'toolkit-downloads', depth: 0 })
    expect(docs.map((row) => row.count)).toEqual([20])
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

const counts = async () =>
  (await payload.find({ collection: 'toolkit-downloads', depth: 0, sort: 'id' })).docs.map(
    (row) => ({ file: row.file ?? null, zip: row.zip ?? false, count: row.count }),
  )

describe('PNG renditions of a logo', () => {
  test('are drawn from the SVG at the width asked for, named after the logo, and counted as the logo', async () => {
    await payload.delete({ collection: 'toolkit-downloads', where: { id: { exists: true } } })
    for (const width of [512, 1024, 2048]) {
      const response = await rest(
        `/toolkits/${ids.toolkit}/download/files/${ids.file}?width=${width}`,
        {
          token: partner.token,
        },
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/png')
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="partner-logo-${width}.png"`,
      )
      const png = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
      expect([png.format, png.width, png.height, png.hasAlpha]).toEqual(['png', width, width, true])
    }
    expect(await counts()).toEqual([{ file: ids.file, zip: false, count: 3 }])
  })

  test('a width that is not offered, or a file that is not a logo, is not found', async () => {
    const odd = await rest(`/toolkits/${ids.toolkit}/download/files/${ids.file}?width=300`, {
      token: partner.token,
    })
    const image = await rest(`/toolkits/${ids.toolkit}/download/media/${ids.image}?width=512`, {
      token: partner.token,
    })
    expect([odd.status, image.status]).toEqual([404, 404])
  })
})

describe("the partner's zip of a toolkit", () => {
  const zip = (token?: string, locale = 'sv') =>
    rest(`/toolkits/${ids.toolkit}/zip?locale=${locale}`, { token })
  const cached = () =>
    fs
      .readdirSync(path.join(process.env.DATA_DIR!, 'cache', 'partner-zips'))
      .filter((name) => name.startsWith(`${ids.toolkit}-sv-`))

  test('is refused without a partner or editor session, and for a toolkit that does not exist', async () => {
    const missing = await rest('/toolkits/999999/zip', { token: partner.token })
    expect([(await zip()).status, missing.status]).toEqual([403, 404])
  })

  test('holds everything the partner may have, partner-only files included, with a README in their language', async () => {
    const response = await zip(partner.token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="partner-kit-sv.zip"',
    )
    const entries = readZip(Buffer.from(await response.arrayBuffer()))
    expect([...entries.keys()].sort()).toEqual([
      'README.txt',
      'colours/tokens.css',
      'colours/tokens.json',
      'images/partner-photo.png',
      'logos/partner-logo.svg',
      'logos/png/partner-logo-1024.png',
      'logos/png/partner-logo-2048.png',
      'logos/png/partner-logo-512.png',
    ])
    expect(entries.get('logos/partner-logo.svg')!.toString('utf8')).toBe(svg)
    expect((await sharp(entries.get('logos/png/partner-logo-512.png')).metadata()).width).toBe(512)
    const readme = entries.get('README.txt')!.toString('utf8')
    expect(readme).toContain(t('sv', 'toolkit.readme.contents'))
    expect(readme).toContain('partner-photo.png')
    expect(entries.get('colours/tokens.css')!.toString('utf8')).toContain('#123456')
  })

  test('is packed once per toolkit version and counted like a file', async () => {
    await payload.delete({ collection: 'toolkit-downloads', where: { id: { exists: true } } })
    const first = Buffer.from(await (await zip(partner.token)).arrayBuffer())
    const packed = cached()
    const second = Buffer.from(await (await zip(partner.token)).arrayBuffer())
    expect(second.equals(first)).toBe(true)
    expect(cached()).toEqual(packed)
    expect(packed).toHaveLength(1)
    expect(await counts()).toEqual([{ file: null, zip: true, count: 2 }])

    await payload.update({
      collection: 'toolkits',
      id: ids.toolkit!,
      data: {
        colours: [
          { name: 'Blå', hex: '#123456', role: 'primary' },
          { name: 'Gul', hex: '#F2B441', role: 'accent' },
        ],
      },
    })
    const changed = readZip(Buffer.from(await (await zip(partner.token)).arrayBuffer()))
    expect(changed.get('colours/tokens.css')!.toString('utf8')).toContain('#F2B441')
    // The new version replaced the old one in the cache.
    expect(cached()).toHaveLength(1)
    expect(cached()).not.toEqual(packed)
  })
})
