import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { S3Client } from '@aws-sdk/client-s3'
import { s3Connection } from '@talentregion/shared/objectStorage'
import { cachePolicies } from '@talentregion/shared/serving/rules'
import { BucketReleases } from '@talentregion/shared/siteBucket'
import { beforeAll, describe, expect, test } from 'vitest'

import { getObject, keysIn, newBucket, s3Available } from './helpers/bucket'

let releases: BucketReleases
let bucket: string

/** A small release folder: pages, a hashed stylesheet, a picture, a search chunk, a download. */
function releaseFolder(title: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-release-'))
  const files: Record<string, string> = {
    'index.html': `<h1>${title}</h1>`,
    'nb/index.html': `<h1>${title} nb</h1>`,
    'sitemap-index.xml': '<sitemapindex/>',
    '_astro/site.3f2a.css': 'body{}',
    'media/hero.9c1d.avif': 'AVIF',
    'pagefind/fragment/nb_1a2b.pf_fragment': 'chunk',
    'files/brand-guide.pdf': '%PDF',
    '.complete': 'local marker',
  }
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  return dir
}

beforeAll(async () => {
  if (!s3Available) return
  bucket = await newBucket('site')
  releases = new BucketReleases(new S3Client(s3Connection()), bucket)
})

describe.skipIf(!s3Available)('releases published to an S3 bucket', () => {
  test('files go up assets first, pages after, the completion marker last', async () => {
    const keys = await releases.upload('20261201-120000000-aaaa', releaseFolder('First'))
    const names = keys.map((key) => key.replace('releases/20261201-120000000-aaaa/', ''))
    const firstPage = names.findIndex((name) => name.endsWith('.html'))
    expect(names.slice(0, firstPage).every((name) => !name.endsWith('.html'))).toBe(true)
    expect(names.slice(firstPage, -1).every((name) => name.endsWith('.html'))).toBe(true)
    expect(names.at(-1)).toBe('.complete')
    expect(names).toHaveLength(8)
    // Not live until the pointer says so.
    expect(await releases.live()).toBeNull()
  })

  test('each file has the content type of the shared map and the cache policy of its path', async () => {
    const at = (file: string) => getObject(bucket, `releases/20261201-120000000-aaaa/${file}`)
    const headers = async (file: string) => {
      const { contentType, cacheControl } = await at(file)
      return [contentType, cacheControl]
    }
    expect(await headers('nb/index.html')).toEqual([
      'text/html; charset=utf-8',
      cachePolicies.revalidate,
    ])
    expect(await headers('_astro/site.3f2a.css')).toEqual([
      'text/css; charset=utf-8',
      cachePolicies.immutable,
    ])
    expect(await headers('media/hero.9c1d.avif')).toEqual(['image/avif', cachePolicies.immutable])
    expect(await headers('pagefind/fragment/nb_1a2b.pf_fragment')).toEqual([
      'application/octet-stream',
      cachePolicies.immutable,
    ])
    expect((await at('nb/index.html')).body.toString()).toBe('<h1>First nb</h1>')
  })

  test('the pointer switches to a new release, and back again for a rollback', async () => {
    await releases.activate('20261201-120000000-aaaa')
    await releases.upload('20261202-120000000-bbbb', releaseFolder('Second'))
    await releases.activate('20261202-120000000-bbbb')
    const pointer = await getObject(bucket, 'current')
    expect([pointer.body.toString(), pointer.cacheControl]).toEqual([
      '20261202-120000000-bbbb',
      'no-cache',
    ])
    expect(await releases.list()).toEqual(['20261202-120000000-bbbb', '20261201-120000000-aaaa'])
    await releases.activate('20261201-120000000-aaaa')
    expect(await releases.live()).toBe('20261201-120000000-aaaa')
  })

  test('a release whose upload did not finish cannot go live', async () => {
    await expect(releases.activate('20261203-120000000-none')).rejects.toThrow(
      /not in bucket .* or its upload did not finish/,
    )
    expect(await releases.live()).toBe('20261201-120000000-aaaa')
  })

  test('pruning keeps the newest releases and always the live one', async () => {
    await releases.upload('20261204-120000000-cccc', releaseFolder('Third'))
    // Live is the oldest (rolled back); keeping one keeps the newest and the live one.
    expect(await releases.prune(1)).toEqual(['20261202-120000000-bbbb'])
    expect(await releases.list()).toEqual(['20261204-120000000-cccc', '20261201-120000000-aaaa'])
    expect(await keysIn(bucket, 'releases/20261202-120000000-bbbb/')).toEqual([])
  })
})
