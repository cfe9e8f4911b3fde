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
    const read = (line: string) => {
      try {
        const reported = readResultLine(resultSchema, line)
        if (reported) result = reported
        else if (line.trim()) log.push(line)
      } catch (error) {
        log.push(`The ${script} script reported a result the CMS does not understand: ${line}`)
        log.push(error instanceof Error ? error.message : String(error))
      }
    }
    // Output arrives in chunks that may end mid-line: each stream keeps its unfinished line.
    const lines = (stream: NodeJS.ReadableStream) => {
      let pending = ''
      stream.on('data', (chunk: Buffer) => {
        const parts = (pending + chunk.toString()).split('\n')
        pending = parts.pop() ?? ''
        parts.forEach(read)
      })
      stream.on('end', () => read(pending))
    }
    lines(child.stdout)
    lines(child.stderr)
    child.on('error', (error) =>
      resolve({ result, log: [...log, error.message], exit: 'not started' }),
    )
    // 'close' comes after both streams have ended, so the last line has been read.
    child.on('close', (code, signal) => resolve({ result, log, exit: signal ?? `exit ${code}` }))
  })
}
