import type { RichText as RichTextValue } from '@talentregion/shared/schemas/richText'
import { describe, expect, test } from 'vitest'

import RichText from '../../site/src/components/RichText.astro'
import { snapshotFixture } from '../fixtures/snapshot'
import { snapshotContainer } from './helpers/container'

const container = snapshotContainer(snapshotFixture())

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const doc = (...children: RichTextValue['root']['children']): RichTextValue => ({
  root: { type: 'root', children },
})
const render = (value: RichTextValue, locale: 'nb' | 'en' = 'nb') =>
  container().renderToString(RichText, { props: { value, locale } })

describe('rich text never passes CMS strings through as HTML', () => {
  test('markup typed into text is escaped', async () => {
    const html = await render(
      doc({
        type: 'paragraph',
        children: [text('<script>alert(1)</script><img src=x onerror=alert(2)>')],
      }),
    )
    expect(html).not.toMatch(/<script>|<img/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  test.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:x',
    '//evil.example',
  ])('a link to %j keeps its text but loses its href', async (url) => {
    const html = await render(
      doc({
        type: 'paragraph',
        children: [
          { type: 'link', fields: { linkType: 'custom', url }, children: [text('click')] },
        ],
      }),
    )
    expect(html).toContain('click')
    expect(html).not.toMatch(/href=/)
  })

  test('a quote block cannot inject attributes or elements', async () => {
    const html = await render(
      doc({
        type: 'block',
        fields: {
          blockType: 'quote',
          quote: '"><svg onload=alert(1)>',
          attribution: '</figcaption><script>x</script>',
        },
      }),
    )
    expect(html).not.toMatch(/<svg|<script/)
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;')
  })

  test('unknown node types render their text children only, never raw markup', async () => {
    const html = await render(
      doc({
        type: 'html',
        html: '<iframe src="https://evil.example"></iframe>',
        children: [text('plain')],
      }),
    )
    expect(html).not.toContain('<iframe')
    expect(html).toContain('plain')
  })

  test('headings are demoted below the page title and formats nest', async () => {
    const html = await render(doc({ type: 'heading', tag: 'h1', children: [text('Title', 3)] }))
    expect(html).toMatch(/<h2><strong><em>Title<\/em><\/strong><\/h2>/)
  })

  test('an internal link resolves to the linked story in the page language', async () => {
    const html = await render(
      doc({
        type: 'paragraph',
        children: [
          {
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'stories', value: 's1' } },
            children: [text('read')],
          },
        ],
      }),
      'en',
    )
    expect(html).toContain('href="/en/stories/life-by-lake-mjosa/"')
  })

  test('an internal link to a story missing in this language renders as text', async () => {
    const html = await render(
      doc({
        type: 'paragraph',
        children: [
          {
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'stories', value: 's2' } },
            children: [text('read')],
          },
        ],
      }),
      'en',
    )
    expect(html).not.toMatch(/href=/)
  })

  test('an image block renders a picture with AVIF and WebP sources and dimensions', async () => {
    const html = await render(
      doc({ type: 'block', fields: { blockType: 'image', image: 'm1', caption: 'Foto' } }),
    )
    expect(html).toMatch(
      /<source type="image\/avif" srcset="\/media\/m1-480.avif 480w, \/media\/m1-960.avif 960w"/,
    )
    expect(html).toMatch(/<img src="\/media\/m1-960.webp" width="960" height="640" alt="Bilde m1"/)
    expect(html).toContain('loading="lazy"')
  })
})
