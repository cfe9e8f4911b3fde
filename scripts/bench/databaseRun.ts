import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { defaultLocale, type Locale } from '@talentregion/shared/locales'

import { buildSnapshot } from '../export/buildSnapshot'
import { localSource } from '../export/localSource'
import { openPayload } from '../lib/payload'
import { createTranslated } from '../seed/createTranslated'
import { lexical } from '../seed/lexical'
import { seed } from '../seed/seed'
import { scriptArgs } from '../lib/args'

/** Words of a story in each language, to make bodies of a real story's length from. */
const words: Record<Locale, string> = {
  nb: 'ingeniør familie skog karriere flytte jobb vinter fjell innsjø fabrikk barnehage pendle',
  sv: 'ingenjör familj skog karriär flytta jobb vinter fjäll sjö fabrik förskola pendla',
  en: 'engineer family forest career move job winter mountain lake factory nursery commute',
}

/** A generated story in one language: a title, an excerpt, and a body of six paragraphs. */
function generatedStory(locale: Locale, i: number) {
  const sentence = (offset: number) =>
    words[locale]
      .split(' ')
      .map((_, n, all) => all[(n + offset + i) % all.length])
      .join(' ')
  return {
    title: `${sentence(0).split(' ').slice(0, 4).join(' ')} ${i}`,
    excerpt: `${sentence(1)}.`,
    body: lexical([
      sentence(2),
      { heading: sentence(3) },
      ...Array.from({ length: 5 }, (_, n) => `${sentence(n + 4)}. ${sentence(n + 5)}.`),
    ]),
  }
}

/**
 * One database's half of `pnpm bench:mongo`, in a process of its own (the CMS config reads
 * DATABASE_URL once): seeds the demo, exports it, adds generated stories (in three languages,
 * with bodies), exports again, and
 * times reads. Prints one `RESULT {json}` line.
 */
const { values } = parseArgs({
  args: scriptArgs(),
  options: { stories: { type: 'string', default: '3000' } },
})
const extraStories = Number(values.stories)
const { payload, dataDir } = await openPayload()
const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now()
  await work()
  return performance.now() - started
}
const p95 = async (work: () => Promise<unknown>, runs = 40) => {
  const times: number[] = []
  for (let run = 0; run < runs; run++) times.push(await timed(work))
  return times.sort((a, b) => a - b)[Math.floor(runs * 0.95)]!
}
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-bench-export-'))
try {
  const seedMs = await timed(() => seed(payload, { dataDir }))
  const exportDemoMs = await timed(() => buildSnapshot(localSource(payload), out))
  const addMs = await timed(async () => {
    for (let i = 0; i < extraStories; i++)
      await createTranslated(payload, 'stories', {
        data: { _status: 'published', ...generatedStory(defaultLocale, i) },
        translate: (locale) => generatedStory(locale, i),
      })
  })
  const exportLargeMs = await timed(() => buildSnapshot(localSource(payload), out))
  const { docs } = await payload.find({ collection: 'stories', limit: 1, depth: 0 })
  const listP95Ms = await p95(() =>
    payload.find({ collection: 'stories', limit: 10, depth: 1, overrideAccess: false }),
  )
  const oneP95Ms = await p95(() =>
    payload.findByID({ collection: 'stories', id: docs[0]!.id, depth: 1, overrideAccess: false }),
  )
  console.log(
    `RESULT ${JSON.stringify({ seedMs, exportDemoMs, addMs, exportLargeMs, listP95Ms, oneP95Ms })}`,
  )
} finally {
  fs.rmSync(out, { recursive: true, force: true })
  await payload.destroy()
}
