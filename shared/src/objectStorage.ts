/**
 * The S3-compatible object storage both uses share: uploads (S3_BUCKET) and published site
 * releases (SITE_S3_BUCKET). One endpoint and one set of keys; each use names its bucket.
 */
export interface S3Connection {
  /** Omitted for AWS itself; the server's address for any other S3-compatible service. */
  endpoint?: string
  region: string
  /** Buckets as a path (`host/bucket/key`), which services other than AWS usually need. */
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/**
 * The connection the environment describes: S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID and
 * S3_SECRET_ACCESS_KEY (without keys, the SDK's own chain: instance roles and the like),
 * S3_FORCE_PATH_STYLE (on by default when an endpoint is set).
 */
export function s3Connection(env: NodeJS.ProcessEnv = process.env): S3Connection {
  const { S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env
  if (Boolean(S3_ACCESS_KEY_ID) !== Boolean(S3_SECRET_ACCESS_KEY)) {
    throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.')
  }
  return {
    ...(S3_ENDPOINT && { endpoint: S3_ENDPOINT }),
    region: env.S3_REGION || 'us-east-1',
    forcePathStyle: (env.S3_FORCE_PATH_STYLE ?? (S3_ENDPOINT ? 'true' : 'false')) === 'true',
    ...(S3_ACCESS_KEY_ID &&
      S3_SECRET_ACCESS_KEY && {
        credentials: { accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY },
      }),
  }
}

/** The bucket uploads are stored in, or null: uploads stay on the local disk. */
export const uploadBucket = (env: NodeJS.ProcessEnv = process.env): string | null =>
  env.S3_BUCKET || null

/** The bucket site releases are published to, or null: releases stay on the local disk only. */
export const siteBucket = (env: NodeJS.ProcessEnv = process.env): string | null =>
  env.SITE_S3_BUCKET || null
