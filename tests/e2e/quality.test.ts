import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { auditPages, type PageAudit } from '../../scripts/quality/lighthouse'
import { parseSnapshot } from '@talentregion/shared/schemas/parseSnapshot'
import { samplePages } from '@talentregion/site/samplePages'
import { beforeAll, describe, expect, inject, test } from 'vitest'

const baseUrl = inject('baseUrl')
const pages = samplePages(
  parseSnapshot(JSON.parse(fs.readFileSync(inject('snapshotFile'), 'utf8'))),
)
const name = (page: (typeof pages)[number]) => `${page.template} (${page.locale ?? 'all'})`
// Pages that ask not to be indexed, on purpose: Lighthouse's SEO score counts that against them.
const noindex = new Set(['search', 'notFound', 'campaignThanks'])

describe('every template in every language, as the W3C checker reads it', () => {
  test('has no HTML errors', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-html-'))
    const files = await Promise.all(
      pages.map(async (page) => {
        const file = path.join(dir, `${page.template}-${page.locale ?? 'all'}.html`)
        fs.writeFileSync(file, await (await fetch(`${baseUrl}${page.path}`)).text())
        return file
      }),
    )
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')
    // The checker exits non-zero when it finds errors; its report is the JSON either way.
    const report = await promisify(execFile)(
      'java',
      ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', ...files],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string; code?: unknown }) => {
      if (error.code === 'ENOENT')
        throw new Error(
          'The HTML checker needs Java: run "npm test", which installs it, or apt-get install default-jre-headless',
        )
      return { stdout: error.stdout ?? '' }
    })
    const { messages } = JSON.parse(report.stdout) as {
      messages: { type: string; url: string; lastLine?: number; message: string }[]
    }
    fs.rmSync(dir, { recursive: true, force: true })
    expect(
      messages.map(
        (message) => `${path.basename(message.url)}:${message.lastLine ?? 0} ${message.message}`,
      ),
    ).toEqual([])
  }, 120_000)
})

describe('every template in every language, as Lighthouse loads it on a phone', () => {
  let audits: PageAudit[]

  beforeAll(async () => {
    audits = await auditPages(pages.map((page) => `${baseUrl}${page.path}`))
  }, 900_000)

  test('does not move while it loads (CLS ≤ 0.01)', () => {
    const shifting = pages.flatMap((page, index) =>
      audits[index]!.cls > 0.01 ? [`${name(page)}: ${audits[index]!.cls.toFixed(3)}`] : [],
    )
    expect(shifting).toEqual([])
  })

  test('scores 100 for accessibility and best practices, and for SEO where it is indexed', () => {
    const short = pages.flatMap((page, index) => {
      const audit = audits[index]!
      const scores = [audit.accessibility, audit.bestPractices]
      if (!noindex.has(page.template)) scores.push(audit.seo)
      return scores.every((score) => score === 100)
        ? []
        : [`${name(page)}: ${scores.join('/')} (${audit.failing.join(', ')})`]
    })
    expect(short).toEqual([])
  })
})
