import { toolkitReadme } from '@talentregion/shared/toolkit/readme'
import { toolkitZip } from '@talentregion/shared/toolkit/toolkitZip'
import { mayRedistribute } from '@talentregion/shared/licences'
import { fileSize } from '@talentregion/shared/fileSize'
import { describe, expect, test } from 'vitest'

import { snapshotFixture } from '../fixtures/snapshot'
import { readZip } from '../int/helpers/zip'

const snapshot = snapshotFixture()
const toolkit = snapshot.toolkits[0]!
const media = new Map(snapshot.media.map((item) => [item.id, item]))
const read = (path: string) => Promise.resolve(Buffer.from(`bytes of ${path}`))

describe('the toolkit zip', () => {
  test('holds logos, PNG renditions, tokens, images and a README under readable names', async () => {
    const zip = readZip(await toolkitZip(toolkit, 'en', media, read))
    expect([...zip.keys()]).toEqual([
      'README.txt',
      'colours/tokens.css',
      'colours/tokens.json',
      'images/m1.jpg',
      'logos/logo.svg',
      'logos/png/logo-512.png',
    ])
    expect(zip.get('logos/png/logo-512.png')!.toString()).toBe(
      'bytes of files/logo-512.1a2b3c4d5f.png',
    )
  })

  test('is the same bytes for the same toolkit', async () => {
    const [a, b] = await Promise.all([
      toolkitZip(toolkit, 'nb', media, read),
      toolkitZip(toolkit, 'nb', media, read),
    ])
    expect(a.equals(b)).toBe(true)
  })
})

describe('the README', () => {
  test('is written in the language asked for and lists only what the zip holds (pinned)', () => {
    const readme = toolkitReadme(toolkit, 'en', {
      logos: true,
      fonts: false,
      images: [{ path: 'images/m1.jpg', media: media.get('m1')! }],
      templates: false,
    })
    expect(readme.split('\r\n')).toEqual([
      'Campaign profile',
      '================',
      '',
      'Colours and logos for partners.',
      '',
      'Contents',
      '========',
      '- logos/ – the logos as SVG, and as PNG in several widths in logos/png/',
      '- colours/ – the colours as CSS custom properties (tokens.css) and as W3C design tokens (tokens.json)',
      '- images/ – the image bank; always credit the photographer',
      '',
      'Colours',
      '=======',
      '- Forest green (Primary) · HEX #0B5D4B · RGB 11 93 75 · CMYK 88,30,72,18 · Pantone 3298 C',
      '- Snow (Background) · HEX #F7F5F0 · RGB 247 245 240',
      '',
      'Typography',
      '==========',
      '- Source Sans 3 – Body text · Weights: 400, 600 · Fallback: Arial, sans-serif',
      '  SIL Open Font License',
      '',
      'Image credits',
      '=============',
      '- images/m1.jpg: Photo: Test · Owned by the campaign',
      '',
    ])
  })
})

describe('licences and sizes', () => {
  test('everything but rights-managed material may be passed on in a toolkit', () => {
    expect(
      (['owned', 'cc-by', 'cc-by-sa', 'cc0', 'ofl', 'rights-managed'] as const).map(
        mayRedistribute,
      ),
    ).toEqual([true, true, true, true, true, false])
  })

  test.each([
    ['nb', 609, '609 B'],
    ['en', 48_213, '48 kB'],
    ['nb', 2_400_000, '2,4 MB'],
    ['sv', 1_022_143, '1 MB'],
  ] as const)('%s: %s bytes read as %s', (locale, bytes, expected) => {
    expect(fileSize(locale, bytes).replace(/\u00a0/g, ' ')).toBe(expected)
  })
})
