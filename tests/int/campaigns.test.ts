import fs from 'node:fs'
import path from 'node:path'

import { deleteExpiredLeads } from '../../cms/src/jobs/deleteExpiredLeads'
import { buildSnapshot } from '../../scripts/export/buildSnapshot'
import { localSource } from '../../scripts/export/localSource'
import { shortLinkLocation } from '../../scripts/serve/shortLinkServer'
import { buildSite } from '../../scripts/site/buildSite'
import { siteUrl } from '@talentregion/shared/environment'
import { relationKey } from '@talentregion/shared/relationId'
import jsQR from 'jsqr'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { siteSettings } from './helpers/content'
import { fieldErrors } from './helpers/errors'
import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'
import type { DocumentId } from './helpers/documentId'

// The address QR codes carry: the site's, as configured (SITE_URL) or by default.
const site = siteUrl()
const siteHost = site.replace(/^https?:\/\//, '')

let payload: Payload
let editor: TestUser
let campaignId: DocumentId
let code: string
let placementId: DocumentId
const day = 86_400_000
const isoDay = (offset: number) => new Date(Date.now() + offset * day).toISOString().slice(0, 10)

beforeAll(async () => {
  payload = await startPayload()
  await siteSettings(payload)
  editor = await createUser(payload, 'editor')
  const campaign = await payload.create({
    collection: 'campaigns',
    locale: 'sv',
    data: {
      _status: 'published',
      title: 'Flytta hit',
      startsOn: isoDay(-30),
      endsOn: isoDay(30),
      defaultLocale: 'sv',
      layout: [
        { blockType: 'hero', heading: 'Jobben finns här' },
        { blockType: 'interestForm', heading: 'Hör av dig', askPartnerProfession: true },
      ],
      followUp: { heading: 'Tack, kampanjen är slut' },
    },
  })
  campaignId = campaign.id
  const placement = await payload.create({
    collection: 'placements',
    data: { name: 'Billboard E6', medium: 'billboard', campaign: campaign.id },
  })
  code = placement.code!
  placementId = placement.id
})

afterAll(async () => {
  await stopPayload(payload)
})

/** Export and build as a publish does; returns where the code leads and that page's HTML. */
async function publish(name: string, acceptLanguage = 'sv-SE,sv;q=0.9') {
  const snapshotDir = path.join(process.env.DATA_DIR!, `snapshot-${name}`)
  const release = path.join(process.env.DATA_DIR!, `release-${name}`)
  await buildSnapshot(localSource(payload), snapshotDir)
  await buildSite({ snapshotDir, outDir: release })
  const target = shortLinkLocation(release, `/q/${code.toLowerCase()}`, acceptLanguage)!
  const file = path.join(release, target.location.split('?')[0]!, 'index.html')
  return { location: target.location, html: fs.readFileSync(file, 'utf8') }
}

describe('placements and their codes', () => {
  test('a new placement gets a code from the unambiguous alphabet', () => {
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/)
  })

  test('cannot be moved to another campaign, nor get another code, nor be deleted', async () => {
    const other = await payload.create({
      collection: 'campaigns',
      draft: true,
      data: { _status: 'draft', title: 'Annan', startsOn: isoDay(0), endsOn: isoDay(1) },
    })
    expect(
      await fieldErrors(
        payload.update({ collection: 'placements', id: placementId, data: { campaign: other.id } }),
      ),
    ).toEqual([
      'campaign: En plassering kan ikke flyttes til en annen kampanje: koden kan allerede være trykket. Opprett en ny plassering for den andre kampanjen.',
    ])
    const renamed = await payload.update({
      collection: 'placements',
      id: placementId,
      data: { code: 'ABCDEF', name: 'Billboard E6 north' },
    })
    expect(renamed.code).toBe(code)
    const deletion = await rest(`/placements/${placementId}`, {
      method: 'DELETE',
      token: editor.token,
    })
    expect(deletion.status).toBe(403)
  })

  test('a new placement must name its campaign', async () => {
    expect(
      await fieldErrors(
        payload.create({ collection: 'placements', data: { name: 'No campaign', medium: 'bus' } }),
      ),
    ).toEqual(['campaign: Choose the campaign this placement belongs to.'])
  })

  test('a redirect target outside the site is refused with the reason', async () => {
    expect(
      await fieldErrors(
        payload.create({
          collection: 'placements',
          data: { name: 'Bad', medium: 'poster', campaign: campaignId, target: '//evil.example/' },
        }),
      ),
    ).toEqual(['target: The target starts with //, which leads to another site.'])
  })
})

describe('codes never die', () => {
  test('a running campaign: the code opens its landing page in Swedish, with UTM parameters', async () => {
    const { location, html } = await publish('running')
    expect(location).toBe(
      `/sv/kampanjer/flytta-hit/?utm_source=qr&utm_medium=billboard&utm_campaign=flytta-hit&utm_content=${code}`,
    )
    expect(html).toContain('Jobben finns här')
  }, 120_000)

  test('an ended campaign: after the next build the same code opens the follow-up', async () => {
    await payload.update({
      collection: 'campaigns',
      id: campaignId,
      locale: 'sv',
      data: { startsOn: isoDay(-60), endsOn: isoDay(-1) },
    })
    const { location, html } = await publish('ended')
    expect(location.split('?')[0]).toBe('/sv/kampanjer/flytta-hit/')
    expect(html).toContain('Tack, kampanjen är slut')
    expect(html).not.toContain('Jobben finns här')
  }, 120_000)

  test('an unpublished campaign: the code opens the home page in the visitor’s language', async () => {
    await payload.update({
      collection: 'campaigns',
      id: campaignId,
      locale: 'sv',
      data: { _status: 'draft' },
    })
    const { location } = await publish('unpublished', 'en-GB,en')
    expect(location).toBe('/en/')
  }, 120_000)
})

describe('codes of deleted campaigns', () => {
  test('lead home, and their placement stays with its code', async () => {
    await payload.delete({ collection: 'campaigns', id: campaignId })
    const { location } = await publish('deleted', 'nb-NO')
    expect(location).toBe('/nb/')
    const kept = await payload.findByID({ collection: 'placements', id: placementId, depth: 0 })
    expect([kept.code, kept.campaign ?? null]).toEqual([code, null])
    // Nor can the orphaned code be given to another campaign.
    const other = await payload.create({
      collection: 'campaigns',
      draft: true,
      data: {
        _status: 'draft',
        title: 'Ny',
        startsOn: isoDay(0),
        endsOn: isoDay(1),
        defaultLocale: 'nb',
      },
    })
    expect(
      await fieldErrors(
        payload.update({ collection: 'placements', id: placementId, data: { campaign: other.id } }),
      ),
    ).toHaveLength(1)
  }, 120_000)
})

describe('print-ready QR codes', () => {
  const decode = async (png: Buffer) => {
    const { data, info } = await sharp(png)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data
  }

  test('PNG and SVG decode to the short URL; the PDF is a one-page vector drawing', async () => {
    const qr = (format: string) =>
      rest(`/placements/${placementId}/qr/${format}`, { token: editor.token })
    const png = Buffer.from(await (await qr('png')).arrayBuffer())
    expect((await sharp(png).metadata()).width).toBe(2400)
    expect(await decode(png)).toBe(`${site}/q/${code}`)
    const svg = await (await qr('svg')).text()
    expect(svg).toContain(`${siteHost}/q/${code}`)
    expect(
      await decode(await sharp(Buffer.from(svg)).resize({ width: 600 }).png().toBuffer()),
    ).toBe(`${site}/q/${code}`)
    const pdf = Buffer.from(await (await qr('pdf')).arrayBuffer()).toString('latin1')
    expect(pdf.startsWith('%PDF-1.4')).toBe(true)
    expect(pdf).toContain(`(${siteHost}/q/${code}) Tj`)
    expect((pdf.match(/ re\n/g) ?? []).length).toBeGreaterThan(50)
  })

  test('are for editors only', async () => {
    expect((await rest(`/placements/${placementId}/qr/png`)).status).toBe(403)
    expect((await rest(`/placements/${placementId}/qr`)).status).toBe(403)
  })

  test('the edit view is told when the short URL would not open on a stranger’s phone', async () => {
    const response = await rest(`/placements/${placementId}/qr`, { token: editor.token })
    expect(await response.json()).toEqual({
      url: `${site}/q/${code}`,
      problem: 'private-address',
    })
  })
})

describe('counting visits without tracking', () => {
  const visit = (body: string, address: string) =>
    rest('/visits', { method: 'POST', raw: body, peer: address })

  test('counts a visit per placement and day, and ignores reloads and floods', async () => {
    const responses = [await visit(code, '10.0.0.1'), await visit(code.toLowerCase(), '10.0.0.2')]
    for (let i = 0; i < 50; i++) responses.push(await visit(code, '10.0.0.3'))
    expect(new Set(responses.map((response) => response.status))).toEqual(new Set([204]))
    expect(responses.some((response) => response.headers.get('set-cookie'))).toBe(false)
    const { docs } = await payload.find({ collection: 'placement-visits', depth: 0 })
    expect(docs.map((row) => [row.placement, row.day, row.count])).toEqual([
      [placementId, new Date().toISOString().slice(0, 10), 3],
    ])
  })

  test('stores no address, browser or anything else about the visitor', async () => {
    const { docs } = await payload.find({ collection: 'placement-visits', depth: 0 })
    const stored = JSON.stringify(docs)
    expect(stored).not.toMatch(/10\.0\.0\.|Mozilla|user-?agent/i)
    expect(Object.keys(docs[0]!).sort()).toEqual(
      ['campaign', 'count', 'createdAt', 'day', 'id', 'key', 'placement', 'updatedAt'].sort(),
    )
    // The counter's key names the placement and the day, nothing else.
    expect(docs[0]!.key).toBe(`placement:${relationKey(docs[0]!.placement)}|day:${docs[0]!.day}`)
  })

  test('unknown codes and garbage are answered the same way and stored nowhere', async () => {
    for (const body of ['ZZZZZZ', '<script>', ''])
      expect((await visit(body, '10.0.0.9')).status).toBe(204)
    expect((await visit('A'.repeat(5000), '10.0.0.9')).status).toBe(413)
    expect((await payload.find({ collection: 'placement-visits' })).totalDocs).toBe(1)
  })

  test('editors can download the counts as CSV', async () => {
    const response = await rest('/placement-visits/csv', { token: editor.token })
    const csv = await response.text()
    expect(csv.split('\r\n')[0]).toBe('"day","campaign","placement","code","medium","visits"')
    expect(csv).toContain(`"${code}","billboard","3"`)
    expect((await rest('/placement-visits/csv')).status).toBe(403)
  })
})

describe('leads from the interest form', () => {
  const submit = (fields: Record<string, string>, address = '10.1.0.1') =>
    rest('/leads/submit', {
      method: 'POST',
      raw: new URLSearchParams(fields).toString(),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      peer: address,
    })
  const valid = () => ({
    name: 'Eva Berg',
    email: 'eva@example.se',
    partnerProfession: 'Sjuksköterska',
    consent: 'yes',
    locale: 'sv',
    code,
  })

  let leadCampaign: DocumentId

  beforeAll(async () => {
    const campaign = await payload.create({
      collection: 'campaigns',
      locale: 'sv',
      data: {
        _status: 'published',
        title: 'Flytta till Dalarna',
        startsOn: isoDay(-1),
        endsOn: isoDay(60),
        defaultLocale: 'sv',
        layout: [{ blockType: 'interestForm', heading: 'Hör av dig', askPartnerProfession: true }],
      },
    })
    leadCampaign = campaign.id
  })

  test('a filled-in form is stored with the consent text, for editors only', async () => {
    const response = await submit({ ...valid(), campaign: String(leadCampaign) })
    expect(response.status).toBe(201)
    const { docs } = await payload.find({ collection: 'leads', depth: 0 })
    expect(
      docs.map((lead) => [lead.name, lead.partnerProfession, lead.campaign, lead.placement]),
    ).toEqual([['Eva Berg', 'Sjuksköterska', leadCampaign, placementId]])
    expect(docs[0]!.consentText).toMatch(/samtycker/)
    expect((await rest('/leads')).status).toBe(403)
    expect((await rest('/leads', { token: editor.token })).status).toBe(200)
  })

  test('without consent or a valid address nothing is stored and the answer names the fields', async () => {
    const response = await submit(
      { ...valid(), campaign: String(leadCampaign), consent: '', email: 'x' },
      '10.1.0.2',
    )
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: { field: string }[] }
    expect(errors.map((error) => error.field)).toEqual(['email', 'consent'])
    expect((await payload.find({ collection: 'leads' })).totalDocs).toBe(1)
  })

  test('sent without JavaScript, the browser goes on to the site’s thank-you page, never elsewhere', async () => {
    const plain = (fields: Record<string, string>, address: string) =>
      rest('/leads/submit', {
        method: 'POST',
        raw: new URLSearchParams({
          ...valid(),
          campaign: String(leadCampaign),
          ...fields,
        }).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
        peer: address,
      })
    const thanks = '/sv/kampanjer/flytta-till-dalarna/tack/'
    const sent = await plain({ thanks }, '10.1.0.5')
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe(new URL(thanks, siteUrl()).href)
    // Another site, or a path that is no page, gets the plain answer page instead.
    for (const elsewhere of ['https://evil.example/', '//evil.example/', '/\\evil.example/']) {
      const answer = await plain({ thanks: elsewhere }, '10.1.0.6')
      expect(answer.status).toBe(201)
      expect(answer.headers.get('location')).toBeNull()
    }
    // A refusal says what is wrong instead of thanking.
    const refused = await plain({ thanks, consent: '' }, '10.1.0.7')
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('Kryssa i samtycket.')
  })

  test('a bot that fills the hidden field is thanked and forgotten; a flood is refused', async () => {
    const trap = await submit(
      { ...valid(), campaign: String(leadCampaign), website: 'spam.example' },
      '10.1.0.3',
    )
    expect(trap.status).toBe(201)
    const statuses: number[] = []
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await submit({ ...valid(), campaign: String(leadCampaign), name: `Bot ${i}` }, '10.1.0.4'))
          .status,
      )
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
    const names = (await payload.find({ collection: 'leads', limit: 100 })).docs.map(
      (lead) => lead.name,
    )
    expect(names).not.toContain('spam.example')
    expect(names.filter((name) => name.startsWith('Bot'))).toHaveLength(5)
  })

  test('the clean-up runs every night, and so does a site build for campaign dates', () => {
    const tasks = (payload.config.jobs.tasks ?? []) as {
      slug: string
      schedule?: { cron: string }[]
    }[]
    const schedules = Object.fromEntries(tasks.map((task) => [task.slug, task.schedule?.[0]?.cron]))
    expect(schedules).toMatchObject({
      deleteExpiredLeads: '0 30 2 * * *',
      nightlyBuild: '0 5 0 * * *',
    })
  })

  test('leads are deleted after the retention period in site settings', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { leadRetentionDays: 30 },
      context: { skipSiteBuild: true },
    })
    const { docs } = await payload.find({ collection: 'leads', limit: 100, sort: 'createdAt' })
    await payload.db.updateOne({
      collection: 'leads',
      id: docs[0]!.id,
      data: { createdAt: new Date(Date.now() - 31 * day).toISOString() },
    })
    expect(await deleteExpiredLeads(payload)).toBe(1)
    const left = await payload.find({ collection: 'leads', limit: 100 })
    expect(left.totalDocs).toBe(docs.length - 1)
    expect(left.docs.map((lead) => lead.id)).not.toContain(docs[0]!.id)
  })
})
