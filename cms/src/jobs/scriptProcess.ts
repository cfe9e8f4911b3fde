import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { builderScripts, standbyFlag } from '@talentregion/shared/builder'

import { workspaceRoot } from '../config/paths'

type Script = keyof typeof builderScripts

/** A builder script's process, with its output as lines. */
export interface ScriptProcess {
  /** Lines written so far are replayed, then each new one is passed on. */
  onLine(listener: (line: string) => void): void
  /** How it ended: "exit 0", a signal, or "not started: …"; after its last line. */
  closed: Promise<string>
}

interface Started extends ScriptProcess {
  child: ChildProcess
  /** The environment it was started with: a process on standby serves only the same one. */
  environment: string
}

const scriptsDir = path.join(workspaceRoot, 'scripts')

function start(script: Script, args: string[]): Started {
  // The package's own tsx, not `pnpm exec`, which adds a quarter of a second to each start.
  const child = spawn(
    path.join(scriptsDir, 'node_modules', '.bin', 'tsx'),
    [builderScripts[script], ...args],
    {
      cwd: scriptsDir,
      env: {
        ...process.env,
        // The same Node as this process runs on.
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
        PAYLOAD_JOBS_AUTORUN: 'false',
        NODE_ENV: 'production',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  )
  // A process that ended before it was handed its arguments must not take the CMS down.
  child.stdin.on('error', () => {})
  const waiting: string[] = []
  let listener: ((line: string) => void) | null = null
  const emit = (line: string) => (listener ? listener(line) : waiting.push(line))
  // Output arrives in chunks that may end mid-line: each stream keeps its unfinished line.
  for (const stream of [child.stdout, child.stderr]) {
    let pending = ''
    stream.on('data', (chunk: Buffer) => {
      const parts = (pending + chunk.toString()).split('\n')
      pending = parts.pop() ?? ''
      parts.forEach(emit)
    })
    stream.on('end', () => emit(pending))
  }
  const closed = new Promise<string>((resolve) => {
    child.on('error', (error) => resolve(`not started: ${error.message}`))
    // 'close' comes after both streams have ended, so the last line has been read.
    child.on('close', (code, signal) => resolve(signal ?? `exit ${code}`))
  })
  return {
    child,
    closed,
    environment: JSON.stringify(process.env),
    onLine(next) {
      listener = next
      waiting.splice(0).forEach(next)
    },
  }
}

/** Still running, and started with the environment this process has now. */
const isUsable = (started: Started) =>
  started.child.exitCode === null &&
  started.child.signalCode === null &&
  started.environment === JSON.stringify(process.env)

/** A process per script that has loaded its modules and waits for its next arguments. */
const standby = new Map<Script, Started>()

/**
 * Whether a builder waits on standby: `BUILDER_STANDBY=off` saves its memory (a Payload
 * process, some 450 MB) at the cost of two seconds of start-up in every publish.
 */
const standbyWanted = () => process.env.BUILDER_STANDBY !== 'off'

/** Puts a process for the script on standby, unless one is already waiting or it is off. */
export function prepareScript(script: Script): void {
  const waiting = standby.get(script)
  if (!standbyWanted() || (waiting && isUsable(waiting))) return
  waiting?.child.kill()
  const started = start(script, [standbyFlag])
  // Waiting must not keep this process alive; its stdin closing when this one ends stops it.
  started.child.unref()
  for (const stream of [started.child.stdout, started.child.stderr, started.child.stdin])
    (stream as unknown as { unref?: () => void }).unref?.()
  standby.set(script, started)
}

/**
 * Starts a builder script with these arguments. After the first run of a script, the next one
 * waits on standby with Payload and the CMS config already loaded (two of a publish's seconds),
 * and is handed its arguments when needed; each run is still a process of its own.
 */
export function startScript(script: Script, args: string[]): ScriptProcess {
  const waiting = standby.get(script)
  standby.delete(script)
  let started: Started
  if (waiting && isUsable(waiting)) {
    waiting.child.ref()
    for (const stream of [waiting.child.stdout, waiting.child.stderr])
      (stream as unknown as { ref?: () => void }).ref?.()
    waiting.child.stdin!.end(`${JSON.stringify(args)}\n`)
    started = waiting
  } else {
    waiting?.child.kill()
    started = start(script, args)
    started.child.stdin!.end()
  }
  // The next one loads now, beside this run (a build is mostly one core's work), so a publish
  // right after this one finds it ready.
  prepareScript(script)
  return started
}
