import { parseArgs } from 'node:util'

import { describe, expect, test } from 'vitest'

import { scriptArgs } from '../../scripts/lib/args'

describe('script options arrive however the command was typed', () => {
  const stories = (argv: string[]) =>
    parseArgs({ args: scriptArgs(argv), options: { stories: { type: 'string' } } }).values.stories

  test.each([
    [['node', 'site.ts', '--stories', '3000']],
    [['node', 'site.ts', '--', '--stories', '3000']],
  ])('%j', (argv) => {
    expect(stories(argv)).toBe('3000')
  })
})
