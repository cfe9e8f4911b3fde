import path from 'node:path'
import { parseArgs } from 'node:util'

import { createStaticServer } from './staticServer'
import { scriptArgs } from '../lib/args'

/** `tsx serve/run.ts --dir site/dist --port 4321`: serves a built site. */
const { values } = parseArgs({
  args: scriptArgs(),
  options: { dir: { type: 'string' }, port: { type: 'string', default: '4321' } },
})
const dir = path.resolve(values.dir ?? 'dist')
createStaticServer({ root: () => dir, port: Number(values.port) })
console.log(`Serving ${dir} at http://127.0.0.1:${values.port}/`)
