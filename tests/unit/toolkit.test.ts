import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createZip } from '@talentregion/shared/toolkit/zip'
import { contrastMatrix } from '@talentregion/shared/colour'
import { cssTokens, designTokens, type BrandColour } from '@talentregion/shared/tokens'
import { describe, expect, test } from 'vitest'

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

  test('a real unzip lists and checks every file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-zip-')), 'kit.zip')
    fs.writeFileSync(file, createZip(entries))
    const listing = execFileSync('python3', [
      '-c',
      'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))',
      file,
    ])
    expect(listing.toString().trim().split('\n')).toEqual([
      'README.txt',
      'logos/logo-lys.svg',
      'tokens/colours.css',
    ])
  })

  test('the same path twice is refused', () => {
    expect(() => createZip([entries[0]!, entries[0]!])).toThrow(/"tokens\/colours.css" twice/)
  })
})
