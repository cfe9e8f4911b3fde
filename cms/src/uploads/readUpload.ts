import fs from 'node:fs/promises'
import path from 'node:path'

import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { s3Connection, uploadBucket } from '@talentregion/shared/objectStorage'

import { uploadPrefix } from '../config/uploadStorage'
import { uploadPath, type UploadCollection } from './uploadPath'

let client: S3Client | undefined

/**
 * An upload's bytes, from wherever uploads are stored: the S3 bucket when S3_BUCKET is set,
 * the local disk otherwise. Only the base name of `filename` is used, whatever a document says.
 */
export async function readUpload(collection: UploadCollection, filename: string): Promise<Buffer> {
  const bucket = uploadBucket()
  if (!bucket) return fs.readFile(uploadPath(collection, filename))
  client ??= new S3Client(s3Connection())
  const object = await client.send(
    new GetObjectCommand({
      Bucket: bucket,
      Key: `${uploadPrefix(collection)}/${path.basename(filename)}`,
    }),
  )
  return Buffer.from(await object.Body!.transformToByteArray())
}
