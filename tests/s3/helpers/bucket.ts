import { randomBytes } from 'node:crypto'

import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3'
import { s3Connection } from '@talentregion/shared/objectStorage'

/**
 * Whether the lane started an S3 server for these tests (`npm run test:s3` sets S3_ENDPOINT);
 * without one they are skipped, and the lane says why.
 */
export const s3Available = Boolean(process.env.S3_ENDPOINT)

export const s3Client = () => new S3Client(s3Connection())

/** A new bucket of this test file's own, named after what it holds. */
export async function newBucket(purpose: string): Promise<string> {
  const name = `${purpose}-${randomBytes(4).toString('hex')}`
  await s3Client().send(new CreateBucketCommand({ Bucket: name }))
  return name
}

/** Every key in a bucket under a prefix, sorted. */
export async function keysIn(bucket: string, prefix = ''): Promise<string[]> {
  const keys: string[] = []
  let token: string | undefined
  do {
    const page = await s3Client().send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    )
    keys.push(...(page.Contents ?? []).map((object) => object.Key!))
    token = page.NextContinuationToken
  } while (token)
  return keys.sort()
}

/** An object's bytes and the headers it is served with. */
export async function getObject(bucket: string, key: string) {
  const object = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  return {
    body: Buffer.from(await object.Body!.transformToByteArray()),
    contentType: object.ContentType,
    cacheControl: object.CacheControl,
  }
}
