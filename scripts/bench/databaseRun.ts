import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { defaultLocale } from '@talentregion/shared/locales'

import { buildSnapshot } from '../export/buildSnapshot'
import { localSource } from '../export/localSource'
import { openPayload } from '../lib/payload'
import { seed } from '../seed/seed'
import { scriptArgs } from '../lib/args'

/**
 * One database's half of `pnpm bench:mongo`, in a process of its own (the CMS config reads
 * DATABASE_URL once): seeds the demo, exports it, adds generated stories, exports again, and
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
      await payload.create({
        collection: 'stories',
        locale: defaultLocale,
        draft: false,
        data: { _status: 'published', title: `Generert historie ${i}`, excerpt: 'Kort.' },
        context: { seeding: true },
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
