import { s3Connection, siteBucket, uploadBucket } from '@talentregion/shared/objectStorage'
import { describe, expect, test } from 'vitest'

import { runsQueuedJobs } from '../../cms/src/config/jobRunner'

/** An environment of just these variables. */
const only = (variables: Record<string, string>) => variables as NodeJS.ProcessEnv

describe('JOB_RUNNER decides which processes run the job queue', () => {
  test.each([
    [{}, true],
    [{ JOB_RUNNER: 'cms' }, true],
    [{ JOB_RUNNER: 'worker' }, false],
    [{ JOB_RUNNER: 'worker', TALENTREGION_PROCESS: 'worker' }, true],
    [{ TALENTREGION_PROCESS: 'worker' }, true],
    [{ PAYLOAD_JOBS_AUTORUN: 'false' }, false],
    [{ PAYLOAD_JOBS_AUTORUN: 'false', TALENTREGION_PROCESS: 'worker' }, false],
  ])('%o → %s', (env, runs) => {
    expect(runsQueuedJobs(only(env))).toBe(runs)
  })

  test('a misspelt runner stops the start, naming the variable and the choices', () => {
    expect(() => runsQueuedJobs(only({ JOB_RUNNER: 'workers' }))).toThrow(
      'JOB_RUNNER must be "cms" or "worker"; got "workers".',
    )
  })
})

describe('the S3 settings', () => {
  test('without buckets, uploads and releases stay on the local disk', () => {
    expect([uploadBucket(only({})), siteBucket(only({}))]).toEqual([null, null])
  })

  test('a non-AWS endpoint gets path-style buckets unless told otherwise', () => {
    const env = {
      S3_ENDPOINT: 'http://127.0.0.1:8333',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    }
    expect(s3Connection(only(env))).toEqual({
      endpoint: 'http://127.0.0.1:8333',
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    })
    expect(s3Connection(only({ ...env, S3_FORCE_PATH_STYLE: 'false' })).forcePathStyle).toBe(false)
  })

  test('AWS itself: no endpoint, virtual-host buckets, keys from the SDK’s own chain', () => {
    expect(s3Connection(only({ S3_REGION: 'eu-north-1' }))).toEqual({
      region: 'eu-north-1',
      forcePathStyle: false,
    })
  })

  test('half a key pair is refused, naming both variables', () => {
    expect(() => s3Connection(only({ S3_ACCESS_KEY_ID: 'key' }))).toThrow(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.',
    )
  })
})
