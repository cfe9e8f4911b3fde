import { crc32 } from 'node:zlib'

import { createZip } from '@talentregion/shared/toolkit/zip'
import { contrastMatrix } from '@talentregion/shared/colour'
import { cssTokens, designTokens, type BrandColour } from '@talentregion/shared/tokens'
import { unzipSync } from 'fflate'
import { describe, expect, test } from 'vitest'

/** Each file's CRC-32 as the zip's central directory records it, by name. */
function centralDirectoryChecksums(zip: Buffer): Record<string, number> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(end + 10)
  const checksums: Record<string, number> = {}
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50)
    const nameLength = zip.readUInt16LE(at + 28)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    checksums[name] = zip.readUInt32LE(at + 16)
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return checksums
}

const palette: BrandColour[] = [
  {
    name: { nb: 'Skoggrønn', en: 'Forest green' },
    hex: '#0b5d4b',
    cmyk: '88,30,72,18',
    pantone: '3298 C',
    role: 'primary',
  },
  { name: { nb: 'Snø' }, hex: '#F7F5F0', role: 'background' },
]
const typefaces = [
  { family: 'Source Sans 3', usage: 'body' as const, fallback: 'Arial, sans-serif' },
]

describe('design tokens', () => {
  test('as CSS custom properties (pinned)', () => {
    expect(cssTokens(palette, typefaces)).toBe(
      ':root {\n' +
        '  --brand-forest-green: #0B5D4B;\n' +
        '  --brand-sno: #F7F5F0;\n' +
        '  --brand-role-primary: var(--brand-forest-green);\n' +
        '  --brand-role-background: var(--brand-sno);\n' +
        "  --brand-font-body: 'Source Sans 3', Arial, sans-serif;\n" +
        '}\n',
    )
  })

  test('as W3C design tokens JSON (pinned)', () => {
    expect(designTokens(palette, typefaces)).toEqual({
      colour: {
        'forest-green': {
          $type: 'color',
          $value: '#0B5D4B',
          $description: 'RGB 11 93 75 · CMYK 88,30,72,18 · Pantone 3298 C',
          $extensions: {
            'no.talentregion': { role: 'primary', cmyk: '88,30,72,18', pantone: '3298 C' },
          },
        },
        sno: {
          $type: 'color',
          $value: '#F7F5F0',
          $description: 'RGB 247 245 240',
          $extensions: { 'no.talentregion': { role: 'background', cmyk: null, pantone: null } },
        },
      },
      font: { body: { $type: 'fontFamily', $value: ['Source Sans 3', 'Arial', 'sans-serif'] } },
    })
  })
})

describe('contrast matrix (WCAG 2.1)', () => {
  test('grades each text colour on each background, unrounded at the thresholds', () => {
    const grades = contrastMatrix(['#000000', '#FFFFFF', '#767676', '#777777'])
    const grade = (text: string, background: string) =>
      grades.find((g) => g.text === text && g.background === background)!
    expect(grade('#000000', '#FFFFFF')).toEqual({
      text: '#000000',
      background: '#FFFFFF',
      ratio: 21,
      aa: { normal: true, large: true },
      aaa: { normal: true, large: true },
    })
    expect([grade('#767676', '#FFFFFF').aa.normal, grade('#777777', '#FFFFFF').aa.normal]).toEqual([
      true,
      false,
    ])
    expect(grade('#777777', '#FFFFFF').aa.large).toBe(true)
    expect(grades).toHaveLength(12)
  })
})

describe('toolkit zip', () => {
  const entries = [
    { path: 'tokens/colours.css', data: Buffer.from(':root {}\n') },
    { path: 'README.txt', data: Buffer.from('Innlandet – 10 000 talenter\n'.repeat(20)) },
    { path: 'logos/logo-lys.svg', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') },
  ]

  test('the same content gives the same bytes, in any order', () => {
    const a = createZip(entries)
    const b = createZip([...entries].reverse())
    expect(a.equals(b)).toBe(true)
  })

  test('an independent unzip reads every file back, and each checksum holds', () => {
    const zip = createZip(entries)
    const files = unzipSync(zip)
    expect(Object.keys(files)).toEqual(['README.txt', 'logos/logo-lys.svg', 'tokens/colours.css'])
    for (const { path: name, data } of entries) expect(Buffer.from(files[name]!)).toEqual(data)
    expect(centralDirectoryChecksums(zip)).toEqual(
      Object.fromEntries(entries.map(({ path: name, data }) => [name, crc32(data)])),
    )
  })

  test('the same path twice is refused', () => {
    expect(() => createZip([entries[0]!, entries[0]!])).toThrow(/"tokens\/colours.css" twice/)
  })
})
