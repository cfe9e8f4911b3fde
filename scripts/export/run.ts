import path from 'node:path'
import { parseArgs } from 'node:util'

import { repoRoot } from '../lib/environment'
import { exportSnapshot } from './exportSnapshot'
import { scriptArgs } from '../lib/args'

/**
 * `pnpm export` writes the content snapshot. In-process against the CMS database by default;
 * `--rest http://cms:3000` reads a running CMS instead (EXPORT_EMAIL / EXPORT_PASSWORD log in).
 */
const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    rest: { type: 'string' },
    out: { type: 'string', default: path.join(repoRoot, 'data', 'snapshot') },
  },
})
const started = performance.now()
const snapshot = await exportSnapshot({ out: path.resolve(values.out), rest: values.rest })
console.log(
  `Snapshot written to ${values.out}: ${snapshot.stories.length} stories, ${snapshot.employers.length} employers, ` +
    `${snapshot.events.length} events, ${snapshot.media.length} images in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
