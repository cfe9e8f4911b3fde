import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

/** The four Lighthouse categories, scored 0–100. */
export interface PageAudit {
  url: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  /** Cumulative layout shift while the page loads. */
  cls: number
  /** Audits that lost points outside performance, by id, so a failure says what to fix. */
  failing: string[]
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

/**
 * Lighthouse's default mobile audit (simulated slow 4G and a 4× slower CPU) of each page, one
 * after the other in one headless Chromium, as a visitor on a mid-range phone would load them.
 */
export async function auditPages(
  urls: string[],
  chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium',
): Promise<PageAudit[]> {
  const launch = () =>
    chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    })
  let chrome = await launch()
  try {
    const audits: PageAudit[] = []
    for (const url of urls) {
      // Lighthouse now and then fails to record a trace (NO_NAVSTART); a fresh browser helps.
      for (let attempt = 1; ; attempt++) {
        try {
          audits.push(await auditPage(url, chrome.port))
          break
        } catch (error) {
          if (attempt === 3) throw error
          chrome.kill()
          chrome = await launch()
        }
      }
    }
    return audits
  } finally {
    chrome.kill()
  }
}

async function auditPage(url: string, port: number): Promise<PageAudit> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`)
  const score = (id: (typeof categories)[number]) =>
    Math.round((lhr.categories[id]?.score ?? 0) * 100)
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    failing: categories
      .filter((id) => id !== 'performance')
      .flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
  }
}
