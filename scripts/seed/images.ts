import sharp from 'sharp'

import { escapeMarkup } from '@talentregion/shared/escapeMarkup'

import { outlinedText } from './outlinedText'
import { seededRandom } from './random'

/** The kinds of scene the demo photographs show. */
export type Scene = 'lake' | 'forest' | 'town' | 'industry' | 'winter' | 'portrait' | 'meeting'

interface Palette {
  skyTop: string
  skyBottom: string
  far: string
  near: string
  ground: string
  accent: string
}

const palettes: Record<Scene, Palette> = {
  lake: {
    skyTop: '#7fa7c9',
    skyBottom: '#f3d9b1',
    far: '#5d7488',
    near: '#2f4a3a',
    ground: '#3f6e8c',
    accent: '#f7e3a1',
  },
  forest: {
    skyTop: '#9cc3d5',
    skyBottom: '#e9efe4',
    far: '#4f6f5a',
    near: '#1f3b2b',
    ground: '#2c4a31',
    accent: '#d9c27a',
  },
  town: {
    skyTop: '#f0b27a',
    skyBottom: '#fbe7c6',
    far: '#8a6f66',
    near: '#5b4a48',
    ground: '#6f6259',
    accent: '#ffd37a',
  },
  industry: {
    skyTop: '#8aa1b5',
    skyBottom: '#dfe6ea',
    far: '#6c7a86',
    near: '#3c4650',
    ground: '#4b535b',
    accent: '#e2763c',
  },
  winter: {
    skyTop: '#a9c1dc',
    skyBottom: '#f4f6fa',
    far: '#c9d6e3',
    near: '#7b8fa6',
    ground: '#eef2f6',
    accent: '#f1c27d',
  },
  portrait: {
    skyTop: '#c8d6c0',
    skyBottom: '#f1ede2',
    far: '#8fa58a',
    near: '#4d6147',
    ground: '#5b6b4e',
    accent: '#c9765a',
  },
  meeting: {
    skyTop: '#d8d2c4',
    skyBottom: '#f6f2ea',
    far: '#b9ad98',
    near: '#6d6253',
    ground: '#8a7b66',
    accent: '#3f7f8c',
  },
}

/**
 * The light of the day a picture is "taken" in, picked by its seed, so two pictures of the same
 * kind of scene (two factories, say) do not look like one picture used twice.
 */
const skies = [
  null,
  { skyTop: '#f2a66e', skyBottom: '#fde3c4' },
  { skyTop: '#5b5a8e', skyBottom: '#f4b27a' },
  { skyTop: '#4f86b8', skyBottom: '#d7e9f5' },
] as const

function ridge(
  random: () => number,
  width: number,
  base: number,
  amplitude: number,
  steps: number,
): string {
  const points: string[] = [`0,${base}`]
  for (let i = 0; i <= steps; i++) {
    const x = (i / steps) * width
    const y = base - amplitude * (0.35 + 0.65 * random())
    points.push(`${x.toFixed(0)},${y.toFixed(0)}`)
  }
  return `M${points.join(' L')} L${width},${base + 2000} L0,${base + 2000} Z`
}

function trees(
  random: () => number,
  width: number,
  baseline: number,
  count: number,
  colour: string,
): string {
  let shapes = ''
  for (let i = 0; i < count; i++) {
    const x = random() * width
    const h = 60 + random() * 140
    const w = h * 0.32
    const y = baseline + random() * 40
    shapes += `<path d="M${x},${y - h} L${x + w / 2},${y} L${x - w / 2},${y} Z" fill="${colour}" opacity="${0.75 + random() * 0.25}"/>`
  }
  return shapes
}

function buildings(
  random: () => number,
  width: number,
  baseline: number,
  colour: string,
  light: string,
): string {
  let shapes = ''
  let x = 0
  while (x < width) {
    const w = 60 + random() * 120
    const h = 80 + random() * 220
    shapes += `<rect x="${x}" y="${baseline - h}" width="${w}" height="${h + 400}" fill="${colour}"/>`
    shapes += `<path d="M${x - 6},${baseline - h} L${x + w / 2},${baseline - h - w * 0.45} L${x + w + 6},${baseline - h} Z" fill="${colour}"/>`
    for (let wy = baseline - h + 24; wy < baseline - 20; wy += 38) {
      for (let wx = x + 12; wx < x + w - 20; wx += 30) {
        if (random() > 0.45)
          shapes += `<rect x="${wx}" y="${wy}" width="14" height="18" fill="${light}" opacity="0.85"/>`
      }
    }
    x += w + 6
  }
  return shapes
}

function factory(
  random: () => number,
  width: number,
  baseline: number,
  colour: string,
  accent: string,
): string {
  // Where the halls stand, how many roof teeth and chimneys they have: different for each seed.
  const left = width * (0.05 + random() * 0.25)
  const span = width * (0.45 + random() * 0.35)
  const teeth = 3 + Math.floor(random() * 4)
  const chimneys = 1 + Math.floor(random() * 4)
  let shapes = `<rect x="${left}" y="${baseline - 220}" width="${span}" height="620" fill="${colour}"/>`
  for (let i = 0; i < teeth; i++) {
    const x = left + (i * span) / teeth
    shapes += `<path d="M${x},${baseline - 220} L${x + span / teeth / 2},${baseline - 300} L${x + span / teeth},${baseline - 220} Z" fill="${colour}"/>`
  }
  for (let i = 0; i < chimneys; i++) {
    const x = left + span * (0.15 + (0.7 * i) / Math.max(1, chimneys - 1))
    const h = 300 + random() * 200
    shapes += `<rect x="${x}" y="${baseline - h}" width="34" height="${h}" fill="${colour}"/>`
    shapes += `<circle cx="${x + 17}" cy="${baseline - h - 50}" r="${50 + random() * 40}" fill="#ffffff" opacity="0.35"/>`
  }
  shapes += `<rect x="${left}" y="${baseline - 140}" width="${span}" height="18" fill="${accent}"/>`
  return shapes
}

function person(x: number, baseline: number, scale: number, jacket: string): string {
  const head = 70 * scale
  return `<g>
    <ellipse cx="${x}" cy="${baseline - 520 * scale}" rx="${head * 0.85}" ry="${head}" fill="#e6b89c"/>
    <path d="M${x - head * 0.9},${baseline - 560 * scale} Q${x},${baseline - 680 * scale} ${x + head * 0.9},${baseline - 560 * scale} Z" fill="#4a3426"/>
    <path d="M${x - 190 * scale},${baseline} L${x - 150 * scale},${baseline - 380 * scale} Q${x},${baseline - 460 * scale} ${x + 150 * scale},${baseline - 380 * scale} L${x + 190 * scale},${baseline} Z" fill="${jacket}"/>
  </g>`
}

/** An SVG "photograph" of a scene: layered light, land, buildings and people. */
export function sceneSvg(scene: Scene, seed: number, width = 1600, height = 1067): string {
  const random = seededRandom(seed)
  const p = { ...palettes[scene], ...skies[seed % skies.length] }
  const horizon = height * (0.55 + random() * 0.1)
  const sunX = width * (0.2 + random() * 0.6)
  let body = ''
  body += `<circle cx="${sunX}" cy="${horizon - height * 0.25}" r="${height * 0.09}" fill="${p.accent}" opacity="0.85"/>`
  body += `<path d="${ridge(random, width, horizon - 40, height * 0.28, 9)}" fill="${p.far}" opacity="0.8"/>`
  body += `<path d="${ridge(random, width, horizon + 10, height * 0.16, 14)}" fill="${p.near}"/>`
  if (scene === 'lake' || scene === 'winter') {
    body += `<rect x="0" y="${horizon + 40}" width="${width}" height="${height}" fill="${p.ground}" opacity="0.9"/>`
    body += `<rect x="${sunX - 120}" y="${horizon + 60}" width="240" height="6" fill="${p.accent}" opacity="0.5"/>`
    body += trees(random, width, horizon + 40, 40, scene === 'winter' ? '#4b5d6e' : p.near)
  } else if (scene === 'forest') {
    body += `<rect x="0" y="${horizon + 20}" width="${width}" height="${height}" fill="${p.ground}"/>`
    body += trees(random, width, horizon + 60, 90, p.near)
    body += trees(random, width, height * 0.95, 18, '#15291d')
  } else if (scene === 'town') {
    body += buildings(random, width, horizon + 120, p.near, p.accent)
    body += `<rect x="0" y="${horizon + 120}" width="${width}" height="${height}" fill="${p.ground}"/>`
  } else if (scene === 'industry') {
    body += factory(random, width, horizon + 140, p.near, p.accent)
    body += `<rect x="0" y="${horizon + 140}" width="${width}" height="${height}" fill="${p.ground}"/>`
  } else if (scene === 'portrait') {
    body += `<rect x="0" y="${horizon + 20}" width="${width}" height="${height}" fill="${p.ground}"/>`
    body += trees(random, width, horizon + 40, 30, p.near)
    body += person(width * (0.35 + random() * 0.3), height, 1.4, p.accent)
  } else {
    body += `<rect x="0" y="${horizon}" width="${width}" height="${height}" fill="${p.ground}"/>`
    body += `<rect x="${width * 0.1}" y="${height * 0.72}" width="${width * 0.8}" height="30" fill="#5a4632"/>`
    body += person(width * 0.3, height, 0.95, p.accent)
    body += person(width * 0.55, height, 1.05, '#2f4858')
    body += person(width * 0.78, height, 0.9, '#8c5a3c')
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyBottom}"/>
    </linearGradient>
    <radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75">
      <stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/>
    </radialGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  ${body}
  <rect width="${width}" height="${height}" fill="url(#vignette)"/>
</svg>`
}

/** Renders a scene to a JPEG with a little film grain, so it compresses like a photograph. */
export async function scenePhoto(scene: Scene, seed: number): Promise<Buffer> {
  const width = 1600
  const height = 1067
  const grain = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 28 },
    },
  })
    .png()
    .toBuffer()
  return sharp(Buffer.from(sceneSvg(scene, seed, width, height)))
    .composite([{ input: grain, blend: 'soft-light' }])
    .blur(0.6)
    .jpeg({ quality: 86, mozjpeg: true })
    .toBuffer()
}

/**
 * A simple wordmark logo for a demo employer, as SVG source, its letters drawn as outlines. The
 * initials are cut out of the mark in `markText` (the brand colour on a white mark, say).
 */
export function wordmarkSvg(
  name: string,
  colour: string,
  background = 'none',
  markText = '#ffffff',
): string {
  const initials = name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .map((word) => word[0])
    .join('')
    .slice(0, 2)
    .toUpperCase()
  const escaped = escapeMarkup(name)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="200" viewBox="0 0 640 200" role="img">
  <title>${escaped}</title>
  <rect width="640" height="200" fill="${background}"/>
  <rect x="20" y="40" width="120" height="120" rx="24" fill="${colour}"/>
  <path fill="${markText}" d="${outlinedText(initials, { x: 80, y: 120, size: 56, anchor: 'middle', maxWidth: 96 })}"/>
  <path fill="${colour}" d="${outlinedText(name, { x: 164, y: 116, size: 44, maxWidth: 456 })}"/>
</svg>`
}

/** The wordmark as a PNG, for the media library (which takes raster images only). */
export async function wordmarkPng(name: string, colour: string): Promise<Buffer> {
  return sharp(Buffer.from(wordmarkSvg(name, colour, '#ffffff')))
    .png()
    .toBuffer()
}
