import { openPayload } from '../lib/payload'
import { seed } from './seed'

/** `pnpm seed`: adds whatever demo content is missing; never overwrites what exists. */
const { payload, dataDir } = await openPayload()
const started = performance.now()
await seed(payload, { dataDir, log: (message) => console.log(`  seed: ${message}`) })
console.log(`Seed done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
await payload.destroy()
