import fs from 'node:fs'

import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { axeViolations, launchBrowser, openContext } from './helpers/browser'

const baseUrl = inject('baseUrl')
const snapshot = JSON.parse(fs.readFileSync(inject('snapshotFile'), 'utf8')) as Snapshot
let browser: Browser
const foreign: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser.close()
})

async function page(
  options: { locale?: string; javaScriptEnabled?: boolean; bypassCSP?: boolean } = {},
) {
  const { context, foreignRequests } = await openContext(browser, baseUrl, options)
  const opened = await context.newPage()
  return {
    page: opened,
    close: async () => {
      foreign.push(...foreignRequests)
      await context.close()
    },
  }
}

const translated = snapshot.stories.find((story) => story.translations.sv && story.translations.en)!

/** The title a document's page carries in one language, and all its words there. */
function documentsIn(locale: 'nb' | 'sv') {
  return [
    ...snapshot.stories.map((story) => ({ title: story.translations[locale]?.title, doc: story })),
    ...snapshot.events.map((event) => ({ title: event.translations[locale]?.title, doc: event })),
    ...snapshot.employers.map((employer) => ({ title: employer.name, doc: employer })),
  ].flatMap(({ title, doc }) =>
    title ? [{ title, text: JSON.stringify([doc.translations[locale], title]) }] : [],
  )
}

describe('a visitor on a 360 × 800 phone', () => {
  test.each(['nb', 'sv'] as const)(
    '%s: sees the home page’s main action and the first employer without scrolling',
    async (locale) => {
      const { page: tab, close } = await page({ locale: locale === 'sv' ? 'sv-SE' : 'nb-NO' })
      await tab.setViewportSize({ width: 360, height: 800 })
      await tab.goto(`${baseUrl}/${locale}/`)
      const action = await tab.locator('.hero .button').first().boundingBox()
      expect(action!.y + action!.height).toBeLessThanOrEqual(800)
      // The header is one row: the site's name and one menu for sections and languages.
      const header = await tab.locator('.site-header').boundingBox()
      expect(header!.height).toBeLessThan(80)
      await tab.goto(`${baseUrl}/${locale}/${locale === 'sv' ? 'arbetsgivare' : 'arbeidsgivere'}/`)
      await tab.waitForSelector('astro-island:not([ssr])')
      const firstEmployer = await tab.locator('.cards h2').first().boundingBox()
      expect(firstEmployer!.y).toBeLessThan(800)
      await close()
    },
  )
})

describe('search on a phone, in Norwegian and Swedish', () => {
  test.each([
    ['nb', 'ingeniør'],
    ['sv', 'ingenjör'],
    ['nb', 'bedrift'],
    ['sv', 'företag'],
  ] as const)(
    '%s: "%s" finds the pages that only have it at the end of compounds',
    async (locale, word) => {
      // Pages where the word appears only as the last part of a longer word, perhaps inflected
      // ("byggingeniør", "elkraftingeniørene").
      const inCompound = new RegExp(`\\p{L}{4,}${word}\\p{L}{0,4}(?!\\p{L})`, 'iu')
      const alone = new RegExp(`(?<!\\p{L})${word}`, 'iu')
      const expected = documentsIn(locale)
        .filter(({ text }) => inCompound.test(text) && !alone.test(text))
        .map(({ title }) => title)
      expect(expected.length).toBeGreaterThan(0)
      const { page: tab, close } = await page({ locale: locale === 'sv' ? 'sv-SE' : 'nb-NO' })
      await tab.setViewportSize({ width: 360, height: 800 })
      await tab.goto(`${baseUrl}/${locale}/sok/`)
      await tab.waitForSelector('astro-island:not([ssr])')
      await tab.locator('#search-input').fill(word)
      const titles = tab.locator('.search-result h2')
      await expect.poll(() => titles.count(), { timeout: 15_000 }).toBeGreaterThan(0)
      const found = await titles.allTextContents()
      expect(found).toEqual(expect.arrayContaining(expected))
      // Every result names the kind of page and shows its picture or a logo.
      const kinds = await tab.locator('.search-result .meta').allTextContents()
      expect(kinds.filter((kind) => kind.trim() !== '')).toHaveLength(found.length)
      expect(await tab.locator('.search-result img').count()).toBe(found.length)
      // Results come first: the filters are folded into one line above them.
      const filters = tab.locator('.search__filters')
      expect(await filters.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false)
      const firstResult = await titles.first().boundingBox()
      expect(firstResult!.y).toBeLessThan(800)
      // Excerpts keep the spaces between a page's blocks.
      const excerpts = (await tab.locator('.search-result p:not(.meta)').allTextContents()).join(
        ' ',
      )
      expect(excerpts).not.toMatch(/\p{Ll}\p{Lu}/u)
      // ...and show the compounds whole, as the page wrote them, not as the index splits them.
      expect(excerpts).toMatch(inCompound)
      expect(excerpts).not.toMatch(/\p{L}_\p{L}/u)
      await close()
    },
  )
})

test('when the search index cannot be loaded, the visitor is told so instead of waiting', async () => {
  const { page: tab, close } = await page({ locale: 'sv-SE' })
  await tab.route('**/pagefind/pagefind.js', (route) => route.abort())
  await tab.goto(`${baseUrl}/sv/sok/`)
  await tab.waitForSelector('astro-island:not([ssr])')
  await tab.locator('#search-input').fill('ingenjör')
  await expect
    .poll(() => tab.locator('.search [role="status"]').textContent(), { timeout: 10_000 })
    .toContain('Sökningen fungerar inte just nu')
  await close()
})

describe('a visitor with a Swedish browser', () => {
  test('chooses Swedish at /, opens a story and switches to the same story in English', async () => {
    const { page: tab, close } = await page({ locale: 'sv-SE' })
    await tab.goto(`${baseUrl}/`)
    // The languages keep their order; the browser's own is filled in and focused.
    const swedish = tab.getByRole('link', { name: 'Svenska' })
    await expect.poll(() => swedish.evaluate((link) => link === document.activeElement)).toBe(true)
    expect(await tab.getByRole('listitem').allTextContents()).toEqual([
      'Norsk',
      'Svenska',
      'English',
    ])
    expect(await swedish.getAttribute('class')).not.toContain('button--quiet')
    await tab.getByRole('link', { name: 'Svenska' }).click()
    await tab.waitForURL(`${baseUrl}/sv/`)
    await tab.getByRole('link', { name: 'Berättelser', exact: true }).first().click()
    await tab.getByRole('link', { name: translated.translations.sv!.title }).click()
    await tab.waitForURL(`${baseUrl}/sv/berattelser/${translated.translations.sv!.slug}/`)
    await tab
      .getByRole('navigation', { name: 'Välj språk' })
      .getByRole('link', { name: 'English' })
      .click()
    await tab.waitForURL(`${baseUrl}/en/stories/${translated.translations.en!.slug}/`)
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe(
      translated.translations.en!.title,
    )
    expect(await tab.locator('html').getAttribute('lang')).toBe('en')
    await close()
  })

  test('searches a Swedish word and sees only Swedish results', async () => {
    const { page: tab, close } = await page({ locale: 'sv-SE' })
    await tab.goto(`${baseUrl}/sv/sok/`)
    await tab.waitForSelector('astro-island:not([ssr])')
    await tab.getByLabel('Sök bland berättelser, jobb, arbetsgivare och evenemang').fill('kollegor')
    const status = tab.getByRole('status')
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/\d+ träffar|Inga träffar/)
    const hrefs = await tab
      .locator('.search-results a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.length).toBeGreaterThan(0)
    expect(hrefs.filter((href) => !href?.startsWith('/sv/'))).toEqual([])
    // Filters by type, municipality and industry, labelled in Swedish.
    const groups = await tab.locator('.search fieldset legend').allTextContents()
    expect(groups).toEqual(['Typ', 'Kommun', 'Bransch'])
    await tab
      .getByRole('group', { name: 'Typ' })
      .getByRole('button', { name: 'Arbetsgivare' })
      .click()
    await expect
      .poll(async () => [...new Set(await tab.locator('.search-result .meta').allTextContents())], {
        timeout: 15_000,
      })
      .toEqual(['Arbetsgivare'])
    await close()
  })

  test('filters employers by municipality, and the filter stays in the URL', async () => {
    const { page: tab, close } = await page({ locale: 'sv-SE' })
    await tab.goto(`${baseUrl}/sv/arbetsgivare/`)
    await tab.waitForSelector('astro-island:not([ssr])')
    const total = snapshot.employers.length
    await expect.poll(() => tab.getByRole('status').textContent()).toBe(`${total} arbetsgivare`)
    await tab
      .getByRole('group', { name: 'Kommun' })
      .getByRole('button', { name: 'Ludvika' })
      .click()
    await expect.poll(() => tab.getByRole('status').textContent()).toBe('1 arbetsgivare')
    expect(tab.url()).toBe(`${baseUrl}/sv/arbetsgivare/?municipality=ludvika`)
    await tab.reload()
    await expect
      .poll(() => tab.locator('.cards h2').allTextContents())
      .toEqual(['Ludvika Kraftteknik'])
    await close()
  })

  test('downloads an event as an .ics calendar file', async () => {
    const { page: tab, close } = await page({ locale: 'sv-SE' })
    const event = snapshot.events[0]!
    await tab.goto(`${baseUrl}/sv/evenemang/${event.translations.sv!.slug}/`)
    const download = tab.waitForEvent('download')
    await tab.getByRole('link', { name: 'Lägg till i kalendern' }).click()
    const file = await (await download).path()
    const ics = fs.readFileSync(file, 'utf8')
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics).toContain(`SUMMARY:${event.translations.sv!.title}`)
    await close()
  })
})

/** An employer with open positions from the demo's job feeds, and the place of one of them. */
const hiring = snapshot.employers.find((employer) =>
  snapshot.jobs.some((job) => job.employer === employer.id && job.source === 'jobstream'),
)!
const jobPlace = slugify(snapshot.jobs.find((job) => job.employer === hiring.id)!.place!)

describe('a job seeker on a phone, without JavaScript', () => {
  test('narrows the jobs to one place by a link, and both ways out lead to the source', async () => {
    const { page: tab, close } = await page({ javaScriptEnabled: false, locale: 'sv-SE' })
    await tab.setViewportSize({ width: 360, height: 800 })
    await tab.goto(`${baseUrl}/sv/jobb/`)
    const all = snapshot.jobs.length
    await expect.poll(() => tab.locator('.jobs > li').count()).toBe(Math.min(all, 30))
    await tab.getByText('Ort', { exact: true }).click()
    const place = snapshot.jobs.find((job) => job.employer === hiring.id)!.place!
    await tab.getByRole('link', { name: new RegExp(`^${place}`) }).click()
    // The link leads to the results, past the folded filters.
    await expect.poll(() => tab.url()).toBe(`${baseUrl}/sv/jobb/ort/${jobPlace}/#results`)
    const here = snapshot.jobs.filter((job) => job.place === place)
    expect(await tab.locator('.jobs > li').count()).toBe(here.length)
    const first = tab.locator('.job').first()
    // The ad's title is in the ad's language; the page around it in Swedish.
    expect(await first.locator('.job__title').getAttribute('lang')).toBe(here[0]!.language)
    expect(await first.getByRole('link', { name: /^Ansök/ }).getAttribute('href')).toBe(
      here[0]!.applyUrl ?? here[0]!.adUrl,
    )
    expect(await first.getByRole('link', { name: /^Läs annonsen/ }).getAttribute('href')).toBe(
      here[0]!.adUrl,
    )
    await close()
  })

  test('lists pages that only link out without JobPosting data', async () => {
    for (const path of ['/nb/stillinger/', `/nb/arbeidsgivere/${hiring.slug}/`]) {
      const html = await (await fetch(`${baseUrl}${path}`)).text()
      expect(html).not.toContain('JobPosting')
    }
  })
})

describe('every template in every language', () => {
  const story = translated
  const employer = snapshot.employers[0]!
  const event = snapshot.events[0]!
  const pages = [
    '/',
    '/nb/',
    '/sv/',
    '/en/',
    '/nb/historier/',
    '/sv/berattelser/',
    '/en/stories/',
    `/nb/historier/${story.translations.nb!.slug}/`,
    `/sv/berattelser/${story.translations.sv!.slug}/`,
    `/en/stories/${story.translations.en!.slug}/`,
    '/nb/arbeidsgivere/',
    '/sv/arbetsgivare/',
    '/en/employers/',
    `/nb/arbeidsgivere/${employer.slug}/`,
    `/sv/arbetsgivare/${employer.slug}/`,
    `/en/employers/${employer.slug}/`,
    '/nb/stillinger/',
    '/sv/jobb/',
    '/en/jobs/',
    `/sv/jobb/ort/${jobPlace}/`,
    `/nb/arbeidsgivere/${hiring.slug}/`,
    `/sv/arbetsgivare/${hiring.slug}/`,
    `/en/employers/${hiring.slug}/`,
    '/nb/arrangementer/',
    '/sv/evenemang/',
    '/en/events/',
    `/nb/arrangementer/${event.translations.nb!.slug}/`,
    `/sv/evenemang/${event.translations.sv!.slug}/`,
    `/en/events/${event.translations.en!.slug}/`,
    '/nb/sok/',
    '/sv/sok/',
    '/en/search/',
    '/nb/personvern/',
    '/sv/integritet/',
    '/en/privacy/',
    '/nb/tilgjengelighet/',
    '/sv/tillganglighet/',
    '/en/accessibility/',
    '/nb/finnes-ikke/',
    '/sv/finns-inte/',
    '/en/does-not-exist/',
  ]

  test.each(pages)('%s has no axe-core (WCAG 2.1 AA) violations', async (path) => {
    // axe-core is injected as an inline script, which the site's CSP rightly refuses.
    const { page: tab, close } = await page({ bypassCSP: true })
    await tab.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
    expect(await axeViolations(tab)).toEqual([])
    await close()
  })

  test.each([
    `/nb/historier/${story.translations.nb!.slug}/`,
    `/en/employers/${employer.slug}/`,
    `/sv/evenemang/${event.translations.sv!.slug}/`,
    '/nb/',
  ])('content page %s ships no JavaScript', async (path) => {
    const html = await (await fetch(`${baseUrl}${path}`)).text()
    expect(html.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? []).toEqual([])
  })

  test('a page in a missing language answers 404 with that language’s page', async () => {
    const response = await fetch(`${baseUrl}/sv/finns-inte/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('<html lang="sv"')
  })

  test('pages are served with a CSP that blocks foreign and unhashed inline scripts', async () => {
    const response = await fetch(`${baseUrl}/nb/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  test('no request left the site’s origin during the browser tests', () => {
    expect(foreign).toEqual([])
  })
})
