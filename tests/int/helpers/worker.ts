import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

export interface Worker {
  /** Everything it printed. */
  output: string[]
  /** Asks it to stop (SIGTERM) and waits until it has. */
  stop(): Promise<void>
}

/**
 * `npm run worker` as a process of its own, on this test file's database, running the job queue
 * the way a production worker does (the tests' own Payload instance runs none).
 */
export function startWorker(): Worker {
  const env: NodeJS.ProcessEnv = { ...process.env, JOB_RUNNER: 'worker' }
  delete env.PAYLOAD_JOBS_AUTORUN
  const child = spawn(
    'pnpm',
    ['--filter', '@talentregion/scripts', 'exec', 'tsx', 'worker/run.ts'],
    {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const output: string[] = []
  const collect = (chunk: Buffer) => output.push(chunk.toString())
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
