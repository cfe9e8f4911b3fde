import { spawn } from 'node:child_process'

import { workspaceRoot } from '../config/paths'
import { siteRoot } from '../config/siteReleases'

export interface BuilderOutcome {
  ok: boolean
  releaseId?: string
  pages?: number
  durationMs?: number
  stage?: string
  details?: string[]
  log: string[]
}

/**
 * Runs the site builder (scripts/publish/runQueued.ts) as a separate process: it reads the
 * published content through its own database connection, so it sees only committed data, and a
 * crash in it cannot take the CMS down.
 */
export function runBuilder(options: { confirmPageLoss: boolean }): Promise<BuilderOutcome> {
  return new Promise((resolve) => {
    const args = [
      '--filter',
      '@talentregion/scripts',
      'exec',
      'tsx',
      'publish/runQueued.ts',
      '--root',
      siteRoot,
    ]
    if (options.confirmPageLoss) args.push('--confirm-page-loss')
    const child = spawn('pnpm', args, {
      cwd: workspaceRoot,
      env: { ...process.env, PAYLOAD_JOBS_AUTORUN: 'false', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const log: string[] = []
    let result: Omit<BuilderOutcome, 'log'> | undefined
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.startsWith('RESULT '))
          result = JSON.parse(line.slice(7)) as Omit<BuilderOutcome, 'log'>
        else if (line.trim()) log.push(line)
      }
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', (error) =>
      resolve({ ok: false, stage: 'start', details: [error.message], log }),
    )
    child.on('exit', (code, signal) =>
      resolve(
        result
          ? { ...result, log }
          : {
              ok: false,
              stage: 'build',
              details: [`The builder stopped (${signal ?? `exit ${code}`}) before it finished.`],
              log,
            },
      ),
    )
  })
}
