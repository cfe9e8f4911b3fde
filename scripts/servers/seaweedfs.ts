import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3'

import { freePort, waitForPort } from './freePort'
import { goTool } from './goTool'

/** The SeaweedFS source the S3 tests build: the newest the module proxy served on 2026-12-01. */
export const seaweedfsVersion = 'v0.0.0-20261109003541-7506e5f91cd6'

export interface RunningS3 {
  endpoint: string
  accessKeyId: string
  secretAccessKey: string
  /** The environment the product reads for this server (bucket names are the caller's). */
  env: Record<string, string>
  stop(): Promise<void>
}

/**
 * SeaweedFS (master, volume, filer and its S3 gateway in one process) in a throw-away folder on
 * free ports, with one identity whose keys are made up for the run: a real S3-compatible server
 * for the object-storage tests where no AWS account or MinIO package is at hand.
 */
export async function startSeaweedFS(): Promise<RunningS3> {
  const binary = await goTool({
    name: 'weed',
    module: 'github.com/seaweedfs/seaweedfs',
    version: seaweedfsVersion,
    main: './weed',
  })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-seaweedfs-'))
  const accessKeyId = `test${randomBytes(6).toString('hex')}`
  const secretAccessKey = randomBytes(20).toString('hex')
  const identities = {
    identities: [
      {
        name: 'talentregion',
        credentials: [{ accessKey: accessKeyId, secretKey: secretAccessKey }],
        actions: ['Admin', 'Read', 'Write', 'List', 'Tagging'],
      },
    ],
  }
  fs.writeFileSync(path.join(dir, 's3.json'), JSON.stringify(identities), { mode: 0o600 })
  const portFlags: string[] = []
  const ports: Record<string, number> = {}
  for (const server of ['master', 'volume', 'filer', 's3']) {
    ports[server] = await freePort()
    portFlags.push(`-${server}.port=${ports[server]}`, `-${server}.port.grpc=${await freePort()}`)
  }
  const data = path.join(dir, 'data')
  fs.mkdirSync(data)
  const child = spawn(
    binary,
    [
      'server',
      `-dir=${data}`,
      '-ip=127.0.0.1',
      '-ip.bind=127.0.0.1',
      ...portFlags,
      '-s3',
      `-s3.config=${path.join(dir, 's3.json')}`,
      // Only the S3 API: no Iceberg or Lance catalogues, no metrics listener.
      '-s3.port.iceberg=0',
      '-s3.port.lance=0',
      '-metricsPort=0',
      // Small volumes: a test writes megabytes, not the default 30 GB per volume.
      '-master.volumeSizeLimitMB=64',
      '-volume.max=32',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const errors: string[] = []
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const endpoint = `http://127.0.0.1:${ports.s3}`
  try {
    await waitForPort(ports.s3!)
    await untilServing(endpoint, accessKeyId, secretAccessKey)
  } catch (error) {
    child.kill()
    throw new Error(`SeaweedFS did not start:\n${errors.join('').slice(-2000)}`, { cause: error })
  }
  return {
    endpoint,
    accessKeyId,
    secretAccessKey,
    env: {
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    },
    async stop() {
      child.kill('SIGTERM')
      await exited
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The gateway listens before its filer has joined the master: asks until it answers. */
async function untilServing(endpoint: string, accessKeyId: string, secretAccessKey: string) {
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
  })
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      await client.send(new ListBucketsCommand({}))
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}
