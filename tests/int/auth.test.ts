import { Forbidden, LockedAuth, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { fieldErrors } from './helpers/errors'
import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { isFerretDB, lockoutOnFerretDB } from './helpers/server'
import { createUser, type TestUser } from './helpers/users'
import type { DocumentId } from './helpers/documentId'

let payload: Payload
let admin: TestUser
let editor: TestUser
let employerId: DocumentId
let ferretDB: boolean

beforeAll(async () => {
  payload = await startPayload()
  ferretDB = await isFerretDB(payload)
  const employer = await payload.create({
    collection: 'employers',
    data: { _status: 'published', name: 'Partner AS', industry: 'food', country: 'NO' },
  })
  employerId = employer.id
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
})

afterAll(async () => {
  await stopPayload(payload)
})

const login = (email: string, password: string) =>
  payload.login({ collection: 'users', data: { email, password } })

const unlock = (email: string, token: string) =>
  rest('/users/unlock', { method: 'POST', token, body: { email } })

async function lockOut(target: TestUser, skip: (note: string) => void) {
  if (ferretDB) skip(lockoutOnFerretDB)
  for (let attempt = 0; attempt < 5; attempt++) {
    await expect(login(target.user.email, 'wrong password')).rejects.toThrow()
  }
}

describe('login lockout', () => {
  test('five wrong passwords lock the account: the right password is refused too', async ({
    skip,
  }) => {
    const target = await createUser(payload, 'editor')
    await lockOut(target, skip)
    await expect(login(target.user.email, target.password)).rejects.toBeInstanceOf(LockedAuth)
  })

  test('the lock lasts ten minutes', () => {
    const auth = payload.collections.users.config.auth
    expect([auth.maxLoginAttempts, auth.lockTime]).toEqual([5, 600_000])
  })

  test('an editor may not unlock an account', async ({ skip }) => {
    const target = await createUser(payload, 'partner', { employer: employerId })
    await lockOut(target, skip)
    const response = await unlock(target.user.email, editor.token)
    expect(response.status).toBe(403)
    await expect(login(target.user.email, target.password)).rejects.toBeInstanceOf(LockedAuth)
  })

  test('an admin unlocks an account and the owner can log in again', async ({ skip }) => {
    const target = await createUser(payload, 'editor')
    await lockOut(target, skip)
    const response = await unlock(target.user.email, admin.token)
    expect(response.status).toBe(200)
    const result = await login(target.user.email, target.password)
    expect(result.user?.email).toBe(target.user.email)
  })
})

describe('user management is for admins', () => {
  test('an editor cannot create a user', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'new@test.local', password: 'secret-password', name: 'New', role: 'admin' },
        overrideAccess: false,
        user: editor.user,
      }),
    ).rejects.toThrow(Forbidden)
  })

  test('an editor cannot promote themself: the role stays editor', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.user.id,
      data: { role: 'admin', name: 'Still an editor' },
      overrideAccess: false,
      user: editor.user,
    })
    expect([updated.name, updated.role]).toEqual(['Still an editor', 'editor'])
  })

  test('an admin can change a role', async () => {
    const target = await createUser(payload, 'editor')
    const updated = await payload.update({
      collection: 'users',
      id: target.user.id,
      data: { role: 'admin' },
      overrideAccess: false,
      user: admin.user,
    })
    expect(updated.role).toBe('admin')
  })

  test('a partner user must belong to an employer', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'users',
        data: { email: 'p@test.local', password: 'secret-password', name: 'P', role: 'partner' },
      }),
    )
    expect(errors).toEqual(['employer: En partnerbruker hører til én arbeidsgiver: velg den her.'])
  })

  test('auth cookies are Secure only when the CMS is served over https', () => {
    const { cookies } = payload.collections.users.config.auth
    expect([payload.config.serverURL.startsWith('https://'), cookies.secure]).toEqual([
      false,
      false,
    ])
  })
})
