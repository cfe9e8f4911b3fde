import { spawn } from 'node:child_process'

import { builderScripts, readResultLine, type MessageSchema } from '@talentregion/shared/builder'

import { workspaceRoot } from '../config/paths'

export interface ScriptOutcome<T> {
  /** What the script reported on its `RESULT {json}` line; undefined if it never got there. */
  result: T | undefined
  log: string[]
  exit: string
}

/**
 * Runs one of the workspace's builder scripts in its own process: it opens its own database
 * connection, so it reads committed data only, and a crash in it cannot take the CMS down. The
 * script reports its outcome on a final `RESULT {json}` line, checked against `resultSchema`.
 */
export function runScript<T>(
  script: keyof typeof builderScripts,
  args: string[],
  resultSchema: MessageSchema<T>,
): Promise<ScriptOutcome<T>> {
  return new Promise((resolve) => {
    const child = spawn(
      'pnpm',
      ['--filter', '@talentregion/scripts', 'exec', 'tsx', builderScripts[script], ...args],
      {
        cwd: workspaceRoot,
        env: { ...process.env, PAYLOAD_JOBS_AUTORUN: 'false', NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const log: string[] = []
    let result: T | undefined
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        try {
          const reported = readResultLine(resultSchema, line)
          if (reported) result = reported
          else if (line.trim()) log.push(line)
        } catch (error) {
          log.push(`The ${script} script reported a result the CMS does not understand: ${line}`)
          log.push(error instanceof Error ? error.message : String(error))
        }
      }
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', (error) =>
      resolve({ result, log: [...log, error.message], exit: 'not started' }),
    )
    child.on('exit', (code, signal) => resolve({ result, log, exit: signal ?? `exit ${code}` }))
  })
}
