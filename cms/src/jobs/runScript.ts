import {
  type builderScripts,
  readResultLine,
  type MessageSchema,
} from '@talentregion/shared/builder'

import { startScript } from './scriptProcess'

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
  const started = startScript(script, args)
  const log: string[] = []
  let result: T | undefined
  started.onLine((line) => {
    try {
      const reported = readResultLine(resultSchema, line)
      if (reported) result = reported
      else if (line.trim()) log.push(line)
    } catch (error) {
      log.push(`The ${script} script reported a result the CMS does not understand: ${line}`)
      log.push(error instanceof Error ? error.message : String(error))
    }
  })
  return started.closed.then((exit) => ({
    result,
    log: exit.startsWith('not started') ? [...log, exit] : log,
    exit,
  }))
}
