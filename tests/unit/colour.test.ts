import { expect, test } from 'vitest'

import {
  contrastRatio,
  contrastTable,
  relativeLuminance,
  withContrast,
} from '@talentregion/shared/colour'
import { brandTokens } from '../../site/src/lib/brand'

test.each([
  ['#000000', '#FFFFFF', 21],
  ['#FFFFFF', '#FFFFFF', 1],
  ['#777777', '#FFFFFF', 4.48],
  ['#767676', '#FFFFFF', 4.54],
  ['#0000FF', '#FFFFFF', 8.59],
  ['#FF0000', '#FFFFFF', 4],
])('contrast of %s on %s is %s:1 (WCAG examples)', (a, b, expected) => {
  expect(contrastRatio(a, b)).toBeCloseTo(expected, 2)
})

test('relative luminance of the extremes', () => {
  expect([relativeLuminance('#000000'), relativeLuminance('#FFFFFF')]).toEqual([0, 1])
})

test('a brand colour too light for text is darkened until it reaches AA', () => {
  const adjusted = withContrast('#F2B441', '#FFFFFF')
  expect(contrastRatio(adjusted, '#FFFFFF')).toBeGreaterThanOrEqual(4.5)
  expect(withContrast('#0B5D4B', '#FFFFFF')).toBe('#0B5D4B')
})

test('site tokens come from the graphic profile and stay readable', () => {
  const tokens = brandTokens({
    toolkitId: 't',
    colours: [
      { name: {}, hex: '#F2B441', role: 'primary' },
      { name: {}, hex: '#F7F5F0', role: 'background' },
      { name: {}, hex: '#1B1F23', role: 'text' },
    ],
    typography: [
      { family: 'Source Serif 4', usage: 'heading', fallback: 'Georgia, serif' },
      { family: 'Comic Neue', usage: 'body', fallback: 'Arial, sans-serif' },
    ],
  })
  expect(
    contrastRatio(tokens['--colour-primary']!, tokens['--colour-background']!),
  ).toBeGreaterThanOrEqual(4.5)
  // A typeface the site hosts comes with its metric-matched fallbacks; another with its stack.
  expect(tokens['--font-heading']).toBe('var(--font-source-serif-4)')
  expect(tokens['--font-body']).toBe("'Comic Neue', Arial, sans-serif")
})

test('the contrast table groups pairs by background in palette order, best first, with levels', () => {
  const rows = contrastTable(['#FFFFFF', '#000000', '#767676'])
  expect(rows.map((row) => [row.background, row.text, row.normal, row.large])).toEqual([
    ['#FFFFFF', '#000000', 'AAA', 'AAA'],
    ['#FFFFFF', '#767676', 'AA', 'AAA'],
    ['#000000', '#FFFFFF', 'AAA', 'AAA'],
    ['#000000', '#767676', 'AA', 'AAA'],
    ['#767676', '#000000', 'AA', 'AAA'],
    ['#767676', '#FFFFFF', 'AA', 'AAA'],
  ])
})
