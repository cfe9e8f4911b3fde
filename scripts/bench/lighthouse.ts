import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { siteUrl } from '@talentregion/shared/environment'
import { samplePages } from '@talentregion/site/samplePages'

import { exportSnapshot } from '../export/exportSnapshot'
import { prepareEnvironment } from '../lib/environment'
import { auditPages } from '../quality/lighthouse'
import { scriptArgs } from '../lib/args'

/**
 * `pnpm bench:lighthouse` — with `npm start` running: Lighthouse's mobile audit (simulated slow
 * 4G, 4× CPU slowdown, Debian's Chromium) of one page of every template in every language,
 * printed as a table. A measurement, not a test: performance scores move with the machine's
 * load, so compare runs made one after the other.
 */
const { values } = parseArgs({
  args: scriptArgs(),
  options: { site: { type: 'string', default: siteUrl() } },
})
prepareEnvironment()
// The published content says which pages exist; the running site is what is measured.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-lighthouse-'))
const snapshot = await exportSnapshot({ out: work })
fs.rmSync(work, { recursive: true, force: true })
const pages = samplePages(snapshot)
console.log(`Auditing ${pages.length} pages of ${values.site} (about 6 s each)…\n`)
const audits = await auditPages(pages.map((page) => `${values.site}${page.path}`))

const rows = pages.map((page, index) => {
  const audit = audits[index]!
  return [
    page.template,
    page.locale ?? '–',
    String(audit.performance),
    String(audit.accessibility),
    String(audit.bestPractices),
    String(audit.seo),
    audit.cls.toFixed(3),
    audit.failing.join(' '),
  ]
})
const header = ['template', 'lang', 'perf', 'a11y', 'best', 'seo', 'CLS', 'points lost on']
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column]!.length)),
)
for (const row of [header, ...rows])
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  )
const performance = audits.map((audit) => audit.performance).sort((a, b) => a - b)
console.log(
  `\nPerformance: lowest ${performance[0]}, median ${performance[Math.floor(performance.length / 2)]}; ` +
    `largest CLS ${Math.max(...audits.map((audit) => audit.cls)).toFixed(3)}`,
)
