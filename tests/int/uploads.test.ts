import { crc32 } from 'node:zlib'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { fieldErrors } from './helpers/errors'
import { pngUpload, upload } from './helpers/files'
import { startPayload, stopPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await stopPayload(payload)
})

/** A PNG whose header claims an enormous canvas: decoding it would exhaust memory. */
function pixelFloodPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const media = (file: ReturnType<typeof upload>) =>
  payload.create({
    collection: 'media',
    data: { alt: 'A test image', credit: 'Test', licence: 'owned' },
    file,
  })

describe('the media library', () => {
  test('an accepted image gets AVIF and WebP variants for srcset and a social card', async () => {
    const created = await media(await pngUpload('fjord.png', 1000, 667))
    const sizes = created.sizes ?? {}
    expect([
      sizes.avif480?.mimeType,
      sizes.webp960?.mimeType,
      sizes.social?.width,
      sizes.social?.height,
    ]).toEqual(['image/avif', 'image/webp', 1200, 630])
  })

  test('no variant is enlarged beyond the original', async () => {
    const created = await media(await pngUpload('small.png', 500, 333))
    expect(created.sizes?.avif1600?.url ?? null).toBeNull()
  })

  test.each([
    [
      'an HTML page renamed .png',
      upload(
        'page.png',
        'image/png',
        Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      ),
      /er ikke et lesbart bilde/,
    ],
    [
      'an SVG with a script',
      upload(
        'logo.svg',
        'image/svg+xml',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ),
      /er en SVG-tegning/,
    ],
    [
      'a file over the size limit',
      upload('huge.jpg', 'image/jpeg', Buffer.alloc(26 * 1024 * 1024, 1)),
      /grensen er 25\.0 MB/,
    ],
    [
      'a pixel flood',
      upload('flood.png', 'image/png', pixelFloodPng(100_000, 100_000)),
      /10000 megapiksler\); grensen er 50 megapiksler/,
    ],
    [
      'a PDF',
      upload('doc.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n')),
      /er ikke et lesbart bilde/,
    ],
  ])('%s is refused with a reason on the file field', async (_, file, reason) => {
    const errors = await fieldErrors(media(file))
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^file: .*${reason.source}`))])
  })

  test('a rejected replacement leaves the image document exactly as it was', async () => {
    const original = await media(await pngUpload('keep-me.png'))
    const errors = await fieldErrors(
      payload.update({
        collection: 'media',
        id: original.id,
        data: { alt: 'Changed alt text' },
        file: upload('evil.png', 'image/png', Buffer.from('<html>not an image</html>')),
      }),
    )
    const after = await payload.findByID({ collection: 'media', id: original.id })
    expect(errors).toHaveLength(1)
    expect([after.filename, after.alt, after.filesize]).toEqual([
      original.filename,
      original.alt,
      original.filesize,
    ])
  })

  test('alt text is required unless the image is marked decorative', async () => {
    const file = await pngUpload('mood.png')
    const missingAlt = await fieldErrors(
      payload.create({ collection: 'media', data: { credit: 'Test', licence: 'owned' }, file }),
    )
    const decorative = await payload.create({
      collection: 'media',
      data: { credit: 'Test', licence: 'owned', decorative: true },
      file: await pngUpload('mood-decorative.png'),
    })
    expect(missingAlt).toEqual([expect.stringMatching(/^alt: Beskriv hva bildet viser/)])
    expect(decorative.decorative).toBe(true)
  })
})

describe('toolkit files', () => {
  const file = (name: string, svg: string) =>
    payload.create({
      collection: 'files',
      data: { title: name, audience: 'public', licence: 'owned' },
      file: upload(name, 'image/svg+xml', Buffer.from(svg)),
    })

  test('a plain SVG logo is accepted', async () => {
    const created = await file(
      'clean.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>',
    )
    expect(created.mimeType).toBe('image/svg+xml')
  })

  test.each([
    [
      'a script element',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      /et <script>-element/,
    ],
    [
      'an event handler',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>',
      /et hendelsesattributt/,
    ],
    [
      'a foreign object',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe src="https://evil.example"/></foreignObject></svg>',
      /foreignObject/,
    ],
    [
      'an external image',
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/pixel.png"/></svg>',
      /en lenke til en annen fil eller et annet nettsted/,
    ],
    [
      'a javascript link',
      '<svg xmlns="http://www.w3.org/2000/svg"><a xlink:href="javascript:alert(1)"><rect/></a></svg>',
      /en skript-URL/,
    ],
    [
      'an entity declaration',
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
      /DOCTYPE- eller entitetsdeklarasjon/,
    ],
  ])('an SVG with %s is refused, saying what to fix', async (_, svg, problem) => {
    const errors = await fieldErrors(file('hostile.svg', svg))
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^file: .*${problem.source}.*Eksporter logoen på nytt`)),
    ])
  })

  test('an SVG logo whose words are live text is refused, saying how to outline them', async () => {
    const errors = await fieldErrors(
      file(
        'wordmark.svg',
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><rect width="40" height="40"/><text x="50" y="30" font-family="Source Sans 3">Innlandet  10 000</text></svg>',
      ),
    )
    expect(errors).toEqual([
      expect.stringMatching(
        /^file: «wordmark\.svg» har tekst satt med skrift \(«Innlandet 10 000»\).*Lag konturer/,
      ),
    ])
    const { totalDocs } = await payload.count({
      collection: 'files',
      where: { filename: { like: 'wordmark' } },
    })
    expect(totalDocs).toBe(0)
  })
})
