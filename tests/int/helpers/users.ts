import type { User } from '@talentregion/cms/types'
import type { Payload } from 'payload'

export type Role = User['role']

export interface TestUser {
  user: User
  token: string
  password: string
}

/** Creates a user of the given role and logs in, returning the document and a JWT. */
export async function createUser(
  payload: Payload,
  role: Role,
  extra: Partial<User> = {},
): Promise<TestUser> {
  const password = `pw-${role}-${Math.random().toString(36).slice(2)}`
  const email = `${role}-${Math.random().toString(36).slice(2)}@test.local`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name: `Test ${role}`, role, ...extra },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`login for ${email} returned no token`)
  return { user, token, password }
}
