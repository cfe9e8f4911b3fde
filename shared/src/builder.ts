import { z } from 'zod'

import { locales } from './locales'

/**
 * What the CMS and the builder scripts say to each other. The CMS starts a script (under
 * scripts/) in its own process with the request as one JSON argument; the script answers with
 * one `RESULT {json}` line on its output. Both ends parse what they receive with these schemas.
 */

/** The scripts the CMS starts, by path under scripts/. */
export const builderScripts = {
  publish: 'publish/runQueued.ts',
  preview: 'publish/preview.ts',
} as const

/** Where a failed build stopped; the live site is untouched whichever it was. */
export const buildStages = ['export', 'build', 'checks', 'switch'] as const
export type BuildStage = (typeof buildStages)[number]

export const publishRequest = z.object({
  /** The folder holding releases/ and the `current` link. */
  root: z.string().min(1),
  /** Publish even when the new release has far fewer pages than the live one. */
  confirmPageLoss: z.boolean(),
  /** Render every page rather than those whose content or code changed. */
  full: z.boolean().default(false),
})

export const publishResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    releaseId: z.string(),
    pages: z.number().int(),
    durationMs: z.number(),
  }),
  z.object({ ok: z.literal(false), stage: z.enum(buildStages), details: z.array(z.string()) }),
])

/** The collections an editor can preview a draft of. */
export const previewCollections = ['stories', 'employers', 'events'] as const

export const previewRequest = z.object({
  collection: z.enum(previewCollections),
  id: z.string().regex(/^[\w-]+$/),
  locale: z.enum(locales),
  /** An empty folder the preview is built into. */
  out: z.string().min(1),
})

export const previewResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), pagePath: z.string().startsWith('/') }),
  /** Content problems are the editor's to fix and named for them; anything else is in the log. */
  z.object({ ok: z.literal(false), contentIssues: z.array(z.string()).optional() }),
])

export type PublishRequest = z.infer<typeof publishRequest>
export type PublishResult = z.infer<typeof publishResult>
export type PreviewRequest = z.infer<typeof previewRequest>
export type PreviewResult = z.infer<typeof previewResult>

/** A schema either end checks a message with. */
export type MessageSchema<T> = z.ZodType<T>

const requestFlag = '--request'
const resultPrefix = 'RESULT '

/** Starts a script on standby: modules loaded, its arguments still to come on stdin. */
export const standbyFlag = '--standby'

/**
 * For a script started with `--standby`: runs `prepare` (loading what every run needs), then
 * waits for the run's arguments, one line of JSON on stdin, and puts them in `process.argv`.
 * Stdin closing first (the CMS stopped, or never needed it) ends the process quietly. A script
 * started with its arguments carries on at once.
 */
export async function awaitArguments(prepare: () => Promise<unknown>): Promise<void> {
  if (!process.argv.includes(standbyFlag)) return
  await prepare()
  let input = ''
  for await (const chunk of process.stdin) {
    input += String(chunk)
    if (input.includes('\n')) break
  }
  const line = input.split('\n')[0]!
  if (!line.trim()) process.exit(0)
  process.argv = [process.argv[0]!, process.argv[1]!, ...(JSON.parse(line) as string[])]
}

/** The command-line arguments that carry a request to a script. */
export const requestArguments = <T>(schema: z.ZodType<T>, request: T): string[] => [
  requestFlag,
  JSON.stringify(schema.parse(request)),
]

/** The request a script was started with, checked; a malformed one stops the script. */
export function readRequest<T>(schema: z.ZodType<T>, argv = process.argv): T {
  const at = argv.indexOf(requestFlag)
  if (at === -1 || argv[at + 1] === undefined)
    throw new Error(`Start this script with ${requestFlag} '{json}'.`)
  return schema.parse(JSON.parse(argv[at + 1]!))
}

/** The line a script ends with. */
export const resultLine = <T>(schema: z.ZodType<T>, result: T): string =>
  `${resultPrefix}${JSON.stringify(schema.parse(result))}`

/**
 * A script's result from one line of its output: undefined for an ordinary log line, an error
 * for a result line that does not match the schema (the two ends disagree).
 */
export function readResultLine<T>(schema: z.ZodType<T>, line: string): T | undefined {
  if (!line.startsWith(resultPrefix)) return undefined
  return schema.parse(JSON.parse(line.slice(resultPrefix.length)))
}
