import fs from 'node:fs'
import path from 'node:path'

import { S3Client } from '@aws-sdk/client-s3'
import { s3Connection } from '@talentregion/shared/objectStorage'
import { BucketReleases } from '@talentregion/shared/siteBucket'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { localSource } from '../../scripts/export/localSource'
import { runBuild } from '../../scripts/publish/runBuild'
import { paragraph, partnerToolkit, publishedImage, siteSettings } from '../int/helpers/content'
import { upload } from '../int/helpers/files'
import { startPayload, stopPayload } from '../int/helpers/payload'
import { rest } from '../int/helpers/rest'
import { createUser, type TestUser } from '../int/helpers/users'
import type { DocumentId } from '../int/helpers/documentId'
import { readZip } from '../int/helpers/zip'
import { getObject, keysIn, newBucket, s3Available } from './helpers/bucket'

let payload: Payload
let partner: TestUser
let bucket: string
const ids: Record<string, DocumentId> = {}
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'

beforeAll(async () => {
  if (!s3Available) return
  bucket = await newBucket('uploads')
  // Read when the CMS config is imported, which startPayload does.
  process.env.S3_BUCKET = bucket
  payload = await startPayload()
  await siteSettings(payload)
  const employer = await payload.create({
    collection: 'employers',
    data: { _status: 'published', name: 'Bøtte AS', industry: 'food', country: 'NO' },
  })
  partner = await createUser(payload, 'partner', { employer: employer.id })
  const logo = await payload.create({
    collection: 'files',
    data: { title: 'Partner logo', audience: 'partners', licence: 'owned' },
    file: upload('partner-logo.svg', 'image/svg+xml', Buffer.from(svg)),
  })
  const image = await publishedImage(payload, 'harbour')
  const publicImage = await publishedImage(payload, 'fjord')
  const toolkit = await partnerToolkit(payload, logo.id, image.id)
  Object.assign(ids, {
    logo: logo.id,
    image: image.id,
    publicImage: publicImage.id,
    toolkit: toolkit.id,
  })
})

afterAll(async () => {
  if (payload) await stopPayload(payload)
})

describe.skipIf(!s3Available)('uploads in an S3 bucket', () => {
  test('an image and every size of it are stored in the bucket, none on the local disk', async () => {
    const image = await payload.findByID({ collection: 'media', id: ids.image! })
    const sizes = Object.values(image.sizes ?? {})
      .map((size) => size?.filename)
      .filter(Boolean)
    expect(sizes.length).toBeGreaterThan(4)
    const keys = await keysIn(bucket, 'media/')
    expect(keys).toEqual(
      expect.arrayContaining(['media/harbour.png', ...sizes.map((name) => `media/${name}`)]),
    )
    expect(fs.existsSync(path.join(process.env.DATA_DIR!, 'media', 'harbour.png'))).toBe(false)
    expect(await keysIn(bucket, 'files/')).toEqual(['files/partner-logo.svg'])
  })

  test('the CMS serves them under its own access rules; the bucket serves nobody without keys', async () => {
    const stored = (await getObject(bucket, 'media/fjord.png')).body
    const publicImage = await rest('/media/file/fjord.png')
    expect(publicImage.status).toBe(200)
    expect(Buffer.from(await publicImage.arrayBuffer()).equals(stored)).toBe(true)
    // A picture kept for a partner-only toolkit is the partners' alone.
    expect((await rest('/media/file/harbour.png')).status).toBe(403)
    expect((await rest('/media/file/harbour.png', { token: partner.token })).status).toBe(200)
    expect((await rest('/files/file/partner-logo.svg')).status).toBe(403)
    const forPartner = await rest('/files/file/partner-logo.svg', { token: partner.token })
    expect([forPartner.status, await forPartner.text()]).toEqual([200, svg])
    const direct = await fetch(`${process.env.S3_ENDPOINT}/${bucket}/files/partner-logo.svg`)
    expect(direct.status).toBe(403)
  })

  test('partner downloads and the toolkit zip read the files from the bucket', async () => {
    const file = await rest(`/toolkits/${ids.toolkit}/download/files/${ids.logo}`, {
      token: partner.token,
    })
    expect([file.status, await file.text()]).toEqual([200, svg])
    const zip = await rest(`/toolkits/${ids.toolkit}/zip?locale=nb`, { token: partner.token })
    expect(zip.status).toBe(200)
    const entries = readZip(Buffer.from(await zip.arrayBuffer()))
    const names = [...entries.keys()]
    expect(entries.get(names.find((name) => name.endsWith('partner-logo.svg'))!)?.toString()).toBe(
      svg,
    )
    expect(names.some((name) => name.endsWith('harbour.png'))).toBe(true)
    // The logo's PNG renditions are drawn from the SVG read out of the bucket.
    expect(names.some((name) => /partner-logo-\d+\.png$/.test(name))).toBe(true)
  })

  test('a site build exports pictures from the bucket and publishes the release to a site bucket', async () => {
    await payload.create({
      collection: 'stories',
      data: {
        _status: 'published',
        title: 'Fra bøtta',
        heroImage: ids.publicImage,
        body: paragraph('Bildet kommer fra objektlageret.'),
      },
      context: { skipSiteBuild: true },
    })
    const siteBucket = await newBucket('site')
    const result = await runBuild({
      root: path.join(process.env.DATA_DIR!, 'site'),
      source: () => Promise.resolve(localSource(payload)),
      bucket: new BucketReleases(new S3Client(s3Connection()), siteBucket),
    })
    expect((await getObject(siteBucket, 'current')).body.toString()).toBe(result.releaseId)
    const released = await keysIn(siteBucket, `releases/${result.releaseId}/`)
    expect(released).toContain(`releases/${result.releaseId}/nb/historier/fra-botta/index.html`)
    expect(released.some((key) => /\/media\/fjord-.*\.avif$/.test(key))).toBe(true)

    // A second release goes live; rolling back in the admin switches the bucket back.
    const next = await runBuild({
      root: path.join(process.env.DATA_DIR!, 'site'),
      source: () => Promise.resolve(localSource(payload)),
      bucket: new BucketReleases(new S3Client(s3Connection()), siteBucket),
    })
    expect((await getObject(siteBucket, 'current')).body.toString()).toBe(next.releaseId)
    const record = await payload.create({
      collection: 'site-builds',
      data: { action: 'build', status: 'succeeded', releaseId: result.releaseId },
      context: { queuedBySystem: true },
    })
    process.env.SITE_S3_BUCKET = siteBucket
    try {
      const rollback = await payload.create({
        collection: 'site-builds',
        data: { action: 'rollback', rollbackTo: record.id },
      })
      const outcome = await payload.findByID({ collection: 'site-builds', id: rollback.id })
      expect([outcome.status, outcome.error ?? null]).toEqual(['succeeded', null])
    } finally {
      delete process.env.SITE_S3_BUCKET
    }
    expect((await getObject(siteBucket, 'current')).body.toString()).toBe(result.releaseId)
  })

  test('deleting an upload deletes its objects', async () => {
    const doomed = await payload.create({
      collection: 'files',
      data: { title: 'Utgått', audience: 'partners', licence: 'owned' },
      file: upload('expired.svg', 'image/svg+xml', Buffer.from(svg)),
    })
    expect(await keysIn(bucket, 'files/expired')).toEqual(['files/expired.svg'])
    await payload.delete({ collection: 'files', id: doomed.id })
    expect(await keysIn(bucket, 'files/expired')).toEqual([])
  })
})
