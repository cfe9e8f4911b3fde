import { describe, expect, test } from 'vitest'

import { withDatabaseName } from '../int/helpers/databaseUrl'

// The adapter module imports Payload's adapters but not the config, so no secret is needed.
const { databaseKind } = await import('../../cms/src/config/database')

describe('DATABASE_URL picks the adapter', () => {
  test.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/talentregion.db', 'sqlite'],
    ['file:/var/lib/talentregion/cms.db', 'sqlite'],
    ['mongodb://127.0.0.1:27017/talentregion', 'mongodb'],
    ['mongodb+srv://user:pw@cluster0.example.net/talentregion?retryWrites=true', 'mongodb'],
  ] as const)('%s → %s', (url, kind) => {
    expect(databaseKind(url)).toBe(kind)
  })

  test.each(['postgres://localhost/db', 'mysql://x', 'talentregion.db'])(
    '%s is refused with the accepted forms',
    (url) => {
      expect(() => databaseKind(url)).toThrow(
        /must start with "file:" \(SQLite\) or "mongodb:\/\/"/,
      )
    },
  )
})

describe('integration tests give each file its own MongoDB database', () => {
  test.each([
    ['mongodb://127.0.0.1:27017/talentregion', 'mongodb://127.0.0.1:27017/t1'],
    ['mongodb://127.0.0.1:27017', 'mongodb://127.0.0.1:27017/t1'],
    ['mongodb://a:1,b:2/db?replicaSet=rs0', 'mongodb://a:1,b:2/t1?replicaSet=rs0'],
    [
      'mongodb+srv://u:p@cluster.example.net/prod?retryWrites=true',
      'mongodb+srv://u:p@cluster.example.net/t1?retryWrites=true',
    ],
  ])('%s → %s', (url, expected) => {
    expect(withDatabaseName(url, 't1')).toBe(expected)
  })
})
