import { previewFailure } from '../../cms/src/endpoints/previewFailure'
import { previewQueue } from '../../cms/src/endpoints/previewQueue'
import type { PayloadRequest } from 'payload'
import { describe, expect, test } from 'vitest'

const logged: unknown[] = []
const request = (language: string) =>
  ({
    i18n: { language },
    payload: { logger: { error: (...args: unknown[]) => logged.push(args) } },
  }) as unknown as PayloadRequest

const serverLog = [
  'Error: ENOENT: no such file or directory, open /work/main/data/site/previews/x/index.html',
  '    at Object.openSync (node:fs:573:3)',
]

describe('a failed preview', () => {
  test('names what to fix in the content, in the editor’s language', async () => {
    const response = previewFailure(request('sv'), {
      contentIssues: [
        '  - stories/12 "flytta-hit" [sv] translations.sv.slug: a slug is lowercase a–z',
      ],
      log: serverLog,
      exit: 'exit 1',
      editPath: '/admin/collections/stories/12',
    })
    const html = await response.text()
    expect(response.status).toBe(422)
    expect(html).toContain('Det här behöver rättas i innehållet först:')
    expect(html).toContain('<li>stories/12 &#34;flytta-hit&#34; [sv] translations.sv.slug')
    expect(html).not.toContain('/work/main')
  })

  test('keeps server paths and stack traces in the log, giving a reference to quote', async () => {
    logged.length = 0
    const response = previewFailure(request('nb'), {
      log: serverLog,
      exit: 'exit 1',
      editPath: '/admin/collections/stories/12',
    })
    const html = await response.text()
    const reference = /referansen ([0-9a-f]{8})/.exec(html)?.[1]
    expect(response.status).toBe(500)
    expect(reference).toBeDefined()
    expect(html).not.toMatch(/ENOENT|\/work\/|openSync/)
    expect(JSON.stringify(logged)).toContain(reference)
    expect(JSON.stringify(logged)).toContain('ENOENT')
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
  })
})

describe('preview builds, one at a time per person', () => {
  const gate = () => {
    let open!: () => void
    const opened = new Promise<void>((resolve) => (open = resolve))
    return { open, opened }
  }

  test('the same page asked twice shares one build', async () => {
    const queue = previewQueue<string>()
    const first = gate()
    let builds = 0
    const build = async () => {
      builds += 1
      await first.opened
      return `build ${builds}`
    }
    const answers = Promise.all([
      queue('kari', 'stories/1', build),
      queue('kari', 'stories/1', build),
    ])
    first.open()
    expect(await answers).toEqual(['build 1', 'build 1'])
    expect(builds).toBe(1)
  })

  test('another page waits for the running build; other people do not', async () => {
    const queue = previewQueue<string>()
    const first = gate()
    const order: string[] = []
    const slow = queue('kari', 'stories/1', async () => {
      await first.opened
      order.push('kari 1')
      return 'one'
    })
    const next = queue('kari', 'stories/2', () => {
      order.push('kari 2')
      return Promise.resolve('two')
    })
    const other = await queue('ola', 'stories/1', () => {
      order.push('ola 1')
      return Promise.resolve('three')
    })
    expect(other).toBe('three')
    first.open()
    expect([await slow, await next]).toEqual(['one', 'two'])
    expect(order).toEqual(['ola 1', 'kari 1', 'kari 2'])
  })
})
