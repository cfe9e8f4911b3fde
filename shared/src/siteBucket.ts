import fs from 'node:fs'
import path from 'node:path'

import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'

import { contentTypeOf } from './contentTypes'
import { s3Connection, siteBucket } from './objectStorage'
import { cacheControl } from './serving/rules'

/** Uploads in flight at once: enough to fill the line, few enough for a small worker. */
const concurrency = 16

const releasesPrefix = 'releases/'
/** Written last into a release: only releases that have it can go live. */
const completeMarker = '.complete'
/** The object naming the live release; a front end serves `releases/<its text>/`. */
export const pointerKey = 'current'

/**
 * Site releases published to an S3 bucket, laid out like the local releases folder:
 * `releases/<id>/…` beside a `current` object holding the live release's id. Publishing uploads
 * every file of a release under its own prefix — assets first, then pages, then the marker that
 * says it is complete — and only then rewrites `current`, one small PUT, so a visitor's next
 * request gets either the old release or the new one. Old releases stay for rollback.
 */
export class BucketReleases {
  constructor(
    readonly client: S3Client,
    readonly bucket: string,
  ) {}

  /** The bucket SITE_S3_BUCKET names, on the S3_* connection; null when none is set. */
  static fromEnvironment(env: NodeJS.ProcessEnv = process.env): BucketReleases | null {
    const bucket = siteBucket(env)
    return bucket ? new BucketReleases(new S3Client(s3Connection(env)), bucket) : null
  }

  /**
   * Uploads a built release folder as release `id`, each file with its content type and the
   * Cache-Control the serving rules give its path. Returns the keys in the order written.
   */
  async upload(id: string, dir: string): Promise<string[]> {
    const files = filesIn(dir)
    const isPage = (file: string) => file.endsWith('.html')
    const written: string[] = []
    for (const batch of [files.filter((file) => !isPage(file)), files.filter(isPage)]) {
      await inParallel(batch, async (file) => {
        const urlPath = `/${file}`
        await this.put(`${this.prefixOf(id)}${file}`, fs.readFileSync(path.join(dir, file)), {
          ContentType: contentTypeOf(file),
          CacheControl: cacheControl(urlPath),
        })
        written.push(`${this.prefixOf(id)}${file}`)
      })
    }
    const marker = `${this.prefixOf(id)}${completeMarker}`
    await this.put(marker, new Date().toISOString(), { ContentType: 'text/plain; charset=utf-8' })
    return [...written, marker]
  }

  /** The live release's id, or null before the first publish. */
  async live(): Promise<string | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: pointerKey }),
      )
      return (await object.Body!.transformToString()).trim() || null
    } catch (error) {
      if (error instanceof NoSuchKey) return null
      throw error
    }
  }

  /** Complete releases, newest first. */
  async list(): Promise<string[]> {
    const ids: string[] = []
    let token: string | undefined
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: releasesPrefix,
          Delimiter: '/',
          ContinuationToken: token,
        }),
      )
      for (const prefix of page.CommonPrefixes ?? []) {
        const id = prefix.Prefix!.slice(releasesPrefix.length, -1)
        if (await this.isComplete(id)) ids.push(id)
      }
      token = page.NextContinuationToken
    } while (token)
    return ids.sort().reverse()
  }

  /** Makes a complete release live: rewrites `current`, which visitors' next requests follow. */
  async activate(id: string): Promise<void> {
    if (!(await this.isComplete(id))) {
      throw new Error(`Release ${id} is not in bucket ${this.bucket}, or its upload did not finish`)
    }
    await this.put(pointerKey, id, {
      ContentType: 'text/plain; charset=utf-8',
      CacheControl: 'no-cache',
    })
  }

  /** Keeps the newest `keep` complete releases (and always the live one); deletes the rest. */
  async prune(keep: number): Promise<string[]> {
    const live = await this.live()
    const removed = (await this.list()).slice(keep).filter((id) => id !== live)
    for (const id of removed) await this.remove(id)
    return removed
  }

  /** Deletes a release's objects (an upload that failed half-way, or one pruned). */
  async remove(id: string): Promise<void> {
    if (id === (await this.live())) return
    let token: string | undefined
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.prefixOf(id),
          ContinuationToken: token,
        }),
      )
      const keys = (page.Contents ?? []).map((object) => ({ Key: object.Key! }))
      if (keys.length > 0) {
        await this.client.send(
          new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: keys, Quiet: true } }),
        )
      }
      token = page.NextContinuationToken
    } while (token)
  }

  private prefixOf(id: string): string {
    if (!/^[\w-]+$/.test(id)) throw new Error(`"${id}" is not a release id`)
    return `${releasesPrefix}${id}/`
  }

  private async isComplete(id: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({
          Bucket: this.bucket,
          Key: `${this.prefixOf(id)}${completeMarker}`,
        }),
      )
      return true
    } catch (error) {
      if ((error as { name?: string }).name === 'NotFound') return false
      throw error
    }
  }

  private async put(
    key: string,
    body: Buffer | string,
    headers: { ContentType: string; CacheControl?: string },
  ) {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ...headers }),
    )
  }
}

/** Every file under `dir`, as slash-separated paths relative to it. */
function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== completeMarker)
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>) {
  let next = 0
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!)
  })
  await Promise.all(lanes)
}
