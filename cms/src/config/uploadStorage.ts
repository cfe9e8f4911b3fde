import { s3Storage } from '@payloadcms/storage-s3'
import { s3Connection, uploadBucket } from '@talentregion/shared/objectStorage'
import type { Plugin } from 'payload'

import type { UploadCollection } from '../uploads/uploadPath'

/** The key prefix of a collection's uploads in the bucket: `media/<file>`, `files/<file>`. */
export const uploadPrefix = (collection: UploadCollection) => collection

/**
 * Uploads in S3-compatible storage when S3_BUCKET is set, through Payload's own storage adapter
 * (originals and every image size); on the local disk otherwise. Files are still served through
 * the CMS (`/api/<collection>/file/<name>`), so its access rules keep partner-only files from
 * the public: the bucket itself stays private. The adapter's fields are always in the schema,
 * so switching storage needs no migration.
 */
export function uploadStorage(env: NodeJS.ProcessEnv = process.env): Plugin {
  const bucket = uploadBucket(env)
  return s3Storage({
    enabled: bucket !== null,
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    collections: {
      media: { prefix: uploadPrefix('media') },
      files: { prefix: uploadPrefix('files') },
    },
    config: bucket ? s3Connection(env) : {},
  })
}
