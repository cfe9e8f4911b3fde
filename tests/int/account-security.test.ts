import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startPayload, stopPayload } from './helpers/payload'
import { isFerretDB, lockoutOnFerretDB } from './helpers/server'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'
import type { DocumentId } from './helpers/documentId'

let payload: Payload
let admin: TestUser
let employerId: DocumentId

let ferretDB: boolean

beforeAll(async () => {
  payload = await startPayload()
  ferretDB = await isFerretDB(payload)
  admin = await createUser(payload, 'admin')
  const employer = await payload.create({
    collection: 'employers',
    data: { _status: 'published', name: 'Partner AS', industry: 'food', country: 'NO' },
  })
  employerId = employer.id
})

afterAll(async () => {
  await stopPayload(payload)
})

let peerCount = 0
/** A fresh client address, so that per-address limits do not mix up the tests. */
const freshPeer = () => `10.40.${Math.floor(++peerCount / 250)}.${peerCount % 250}`

const restLogin = (email: string, password: string, peer = freshPeer()) =>
  rest('/users/login', { method: 'POST', body: { email, password }, peer })

const secondToken = async (user: TestUser) => {
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.user.email, password: user.password },
  })
  return token!
}

/** What a token can still do: read itself, read leads, write a story, refresh. */
async function works(token: string) {
  const me = (await (await rest('/users/me', { token })).json()) as { user: unknown }
  return me.user !== null
}

describe('a locked account has no working session anywhere', () => {
  test('five wrong passwords end a session opened before them, on every route', async ({
    skip,
  }) => {
    if (ferretDB) skip(lockoutOnFerretDB)
    const editor = await createUser(payload, 'editor')
    expect((await rest('/leads', { token: editor.token })).status).toBe(200)
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await restLogin(editor.user.email, 'wrong password!')).status).toBe(401)

    expect(await works(editor.token)).toBe(false)
    expect((await rest('/leads', { token: editor.token })).status).toBe(403)
    const write = await rest('/stories', {
      token: editor.token,
      method: 'POST',
      body: { title: 'Written after the lock' },
    })
    expect(write.status).toBe(403)
    const refresh = await rest('/users/refresh-token', { token: editor.token, method: 'POST' })
    expect(refresh.ok).toBe(false)
    expect(await refresh.text()).not.toMatch(/refreshedToken/)
  })

  test('the sessions stay ended after an admin unlocks the account', async ({ skip }) => {
    if (ferretDB) skip(lockoutOnFerretDB)
    const editor = await createUser(payload, 'editor')
    for (let attempt = 0; attempt < 5; attempt++)
      await restLogin(editor.user.email, 'wrong password!')
    expect(await works(editor.token)).toBe(false)
    await rest('/users/unlock', {
      method: 'POST',
      token: admin.token,
      body: { email: editor.user.email },
    })
    expect(await works(editor.token)).toBe(false)
    expect((await restLogin(editor.user.email, editor.password)).status).toBe(200)
  })
})

describe('a new password or role ends the sessions', () => {
  test('an admin setting a new password ends every session of that account', async () => {
    const editor = await createUser(payload, 'editor')
    const other = await secondToken(editor)
    const response = await rest(`/users/${editor.user.id}`, {
      method: 'PATCH',
      token: admin.token,
      body: { password: 'a new and long passphrase 42' },
    })
    expect(response.status).toBe(200)
    expect([await works(editor.token), await works(other)]).toEqual([false, false])
    expect(await works(admin.token)).toBe(true)
  })

  test('changing one’s own password keeps that session and ends all others', async () => {
    const editor = await createUser(payload, 'editor')
    const other = await secondToken(editor)
    const response = await rest(`/users/${editor.user.id}`, {
      method: 'PATCH',
      token: editor.token,
      body: { password: 'my own fresh passphrase 42' },
    })
    expect(response.status).toBe(200)
    expect([await works(editor.token), await works(other)]).toEqual([true, false])
  })

  test('a changed role ends every session of that account', async () => {
    const editor = await createUser(payload, 'editor')
    const response = await rest(`/users/${editor.user.id}`, {
      method: 'PATCH',
      token: admin.token,
      body: { role: 'partner', employer: employerId },
    })
    expect(response.status).toBe(200)
    expect(await works(editor.token)).toBe(false)
  })

  test('saving other fields keeps the sessions', async () => {
    const editor = await createUser(payload, 'editor')
    await rest(`/users/${editor.user.id}`, {
      method: 'PATCH',
      token: admin.token,
      body: { name: 'Renamed' },
    })
    expect(await works(editor.token)).toBe(true)
  })
})

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function timed(attempt: () => Promise<Response>) {
  const started = performance.now()
  const response = await attempt()
  return { ms: performance.now() - started, status: response.status, body: await response.text() }
}

describe('the login answer does not tell which accounts exist', () => {
  test('an unknown e-mail takes as long and answers the same as a wrong password', async ({
    skip,
  }) => {
    if (ferretDB) skip(lockoutOnFerretDB)
    const known = await Promise.all(Array.from({ length: 20 }, () => createUser(payload, 'editor')))
    const unknownRuns = []
    const knownRuns = []
    // Interleaved, so that a slow moment of the machine falls on both sides.
    for (let i = 0; i < 20; i++) {
      unknownRuns.push(await timed(() => restLogin(`nobody-${i}@test.local`, 'wrong password!')))
      knownRuns.push(await timed(() => restLogin(known[i]!.user.email, 'wrong password!')))
    }
    const ratio = median(unknownRuns.map((run) => run.ms)) / median(knownRuns.map((run) => run.ms))
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
    expect(
      new Set([...unknownRuns, ...knownRuns].map((run) => `${run.status} ${run.body}`)).size,
    ).toBe(1)
  })

  test('a locked account answers like a wrong password, even with the right one', async ({
    skip,
  }) => {
    if (ferretDB) skip(lockoutOnFerretDB)
    const editor = await createUser(payload, 'editor')
    const wrong = await restLogin(editor.user.email, 'wrong password!')
    const wrongBody = await wrong.text()
    for (let attempt = 0; attempt < 4; attempt++)
      await restLogin(editor.user.email, 'wrong password!')
    const locked = await restLogin(editor.user.email, editor.password)
    expect(locked.status).toBe(wrong.status)
    expect(await locked.text()).toBe(wrongBody)
  })
})

describe('logins are limited per client address and per account', () => {
  test('one address cannot try thirty accounts in a row', async () => {
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let i = 0; i < 30; i++) {
      const response = await restLogin(`guess-${i}@test.local`, 'wrong password!', '10.41.0.1')
      statuses.push(response.status)
      retryAfter ??= response.headers.get('retry-after')
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401))
    expect(statuses.slice(20)).toEqual(Array(10).fill(429))
    expect(Number(retryAfter)).toBeGreaterThan(0)
  })

  test('rotating X-Forwarded-For or User-Agent from one address changes nothing', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) {
      const response = await rest('/users/login', {
        method: 'POST',
        body: { email: `rotate-${i}@test.local`, password: 'wrong password!' },
        peer: '10.41.0.2',
        headers: { 'X-Forwarded-For': `198.51.100.${i}`, 'User-Agent': `bot/${i}` },
      })
      statuses.push(response.status)
    }
    expect(statuses.filter((status) => status === 429)).toHaveLength(5)
  })

  test('many addresses cannot try one account without limit', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push((await restLogin('target@test.local', 'wrong password!')).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    expect(statuses.slice(10)).toEqual([429, 429])
  })

  test('the right password from a fresh address still logs in', async () => {
    const editor = await createUser(payload, 'editor')
    const response = await restLogin(editor.user.email, editor.password)
    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toMatch(/payload-token=/)
  })
})

describe('passwords', () => {
  const create = (password: string, language = 'en') =>
    rest('/users', {
      method: 'POST',
      token: admin.token,
      headers: { 'Accept-Language': language },
      body: {
        email: `new-${Math.random().toString(36).slice(2)}@test.local`,
        password,
        name: 'New',
        role: 'editor',
      },
    })

  const passwordErrors = async (response: Response) => {
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    return errors
  }

  test.each(['abc', 'short-pass1', 'password1234', 'qwertyuiopas', 'aaaaaaaaaaaaaaaa'])(
    '%s is refused, with the rule explained',
    async (password) => {
      const response = await create(password)
      expect(response.status).toBe(400)
      const [error] = await passwordErrors(response)
      expect(error?.message).toMatch(/at least 12 characters|most common/)
    },
  )

  test('the refusal speaks the admin’s language', async () => {
    const swedish = await passwordErrors(await create('abc', 'sv'))
    const norwegian = await passwordErrors(await create('password1234', 'nb'))
    expect(swedish[0]?.message).toMatch(/minst 12 tecken/)
    expect(norwegian[0]?.message).toMatch(/blant de vanligste/)
  })

  test('a long passphrase is accepted', async () => {
    expect((await create('fjord kaffe sykkel 2031')).status).toBe(201)
  })

  test('a weak password cannot be set later either', async () => {
    const editor = await createUser(payload, 'editor')
    const response = await rest(`/users/${editor.user.id}`, {
      method: 'PATCH',
      token: editor.token,
      body: { password: 'abc' },
    })
    expect(response.status).toBe(400)
    expect(await works(editor.token)).toBe(true)
  })
})
