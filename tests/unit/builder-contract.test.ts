import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  previewRequest,
  previewResult,
  publishRequest,
  publishResult,
  readRequest,
  readResultLine,
  requestArguments,
  resultLine,
} from '@talentregion/shared/builder'
import { expect, test } from 'vitest'

test('a request travels as one argument and comes out as it went in', () => {
  const request = { collection: 'stories', id: '12', locale: 'sv', out: '/tmp/p' } as const
  const argv = ['node', 'preview.ts', ...requestArguments(previewRequest, request)]
  expect(readRequest(previewRequest, argv)).toEqual(request)
  expect(
    readRequest(publishRequest, [
      'node',
      'x',
      '--request',
      '{"root":"/srv/site","confirmPageLoss":false}',
    ]),
    // A request that does not say asks for an incremental build.
  ).toEqual({ root: '/srv/site', confirmPageLoss: false, full: false })
})

test('a request the script does not understand stops it, naming what is wrong', () => {
  expect(() => readRequest(previewRequest, ['node', 'preview.ts'])).toThrow(/--request/)
  expect(() =>
    readRequest(previewRequest, [
      'node',
      'preview.ts',
      '--request',
      '{"collection":"users","id":"1","locale":"nb","out":"/tmp/p"}',
    ]),
  ).toThrow(/collection/)
  // The sender checks too: a wrong request never leaves the CMS.
  expect(() =>
    requestArguments(previewRequest, {
      collection: 'stories',
      id: '../x',
      locale: 'nb',
      out: '/p',
    }),
  ).toThrow(/id/)
})

test('the result line is read back; log lines are not results; a result of the wrong shape is an error', () => {
  const line = resultLine(publishResult, {
    ok: true,
    releaseId: 'r1',
    pages: 117,
    durationMs: 6400,
  })
  expect(readResultLine(publishResult, line)).toEqual({
    ok: true,
    releaseId: 'r1',
    pages: 117,
    durationMs: 6400,
  })
  expect(readResultLine(publishResult, '[build] 117 page(s) built')).toBeUndefined()
  expect(() => readResultLine(publishResult, 'RESULT {"ok":false,"stage":"somewhere"}')).toThrow(
    /stage/,
  )
  expect(
    readResultLine(previewResult, resultLine(previewResult, { ok: false, contentIssues: ['x'] })),
  ).toEqual({ ok: false, contentIssues: ['x'] })
})

test('a script on standby loads first, then takes its arguments from stdin; closing stdin ends it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-standby-'))
  const script = path.join(dir, 'script.mts')
  const builder = path.resolve(import.meta.dirname, '../../shared/src/builder.ts')
  fs.writeFileSync(
    script,
    `import { awaitArguments } from ${JSON.stringify(builder)}\n` +
      `await awaitArguments(async () => console.log('loaded'))\n` +
      `console.log(JSON.stringify(process.argv.slice(2)))\n`,
  )
  // The builder scripts' own tsx, as the CMS starts them.
  const tsx = path.resolve(import.meta.dirname, '../../scripts/node_modules/.bin/tsx')
  const run = (input: string) =>
    spawnSync(tsx, [script, '--standby'], { input, encoding: 'utf8' }).stdout.trim().split('\n')
  try {
    expect(run('["--request","{\\"root\\":\\"/srv\\"}"]\n')).toEqual([
      'loaded',
      '["--request","{\\"root\\":\\"/srv\\"}"]',
    ])
    expect(run('')).toEqual(['loaded'])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
