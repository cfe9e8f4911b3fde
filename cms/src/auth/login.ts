import { pbkdf2, randomBytes } from 'node:crypto'
import { setTimeout } from 'node:timers/promises'
import { promisify } from 'node:util'

import {
  addDataAndFileToRequest,
  AuthenticationError,
  headersWithCors,
  LockedAuth,
  loginOperation,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { generatePayloadCookie } from 'payload/shared'

import { failureLimiter } from '../endpoints/rateLimit'
import { clientAddress } from '../http/clientAddress'
import { message } from '../config/adminMessages'
import { isLocked } from './accountLock'

// Twenty failed logins per address and ten per account in fifteen minutes: a person who mistypes
// never meets them; one address trying many accounts, or many addresses one account, does.
const window = 15 * 60 * 1000
const perAddress = failureLimiter({ limit: 20, windowMs: window })
const perAccount = failureLimiter({ limit: 10, windowMs: window })

const pbkdf2Async = promisify(pbkdf2)
const dummySalt = randomBytes(32).toString('hex')

/** The same work Payload does to check a password, for logins that have no password to check. */
const checkNothing = (password: string) => pbkdf2Async(password, dummySalt, 25000, 512, 'sha256')

const noStore = (headers: Record<string, string> = {}) =>
  new Headers({ ...headers, 'Cache-Control': 'no-store' })

/**
 * A refused login answers no sooner than this after it arrived. Checking a known account's
 * password also writes its failed attempt (and may lock it), which an unknown address never
 * does; the floor hides that difference, which one dummy hash alone leaves at about 25 ms.
 */
const refusalFloorMs = 250

/**
 * `POST /api/users/login`, in place of Payload's own: limited per client address and per
 * account (429 with Retry-After), and an unknown e-mail or a locked account takes as long and
 * answers the same as a wrong password, so the answer never says which accounts exist.
 */
export const login: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const started = performance.now()
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase() : ''
    const password = typeof req.data?.password === 'string' ? req.data.password : ''
    const address = clientAddress(req.headers)
    const wait = Math.max(perAddress.retryAfter(address), perAccount.retryAfter(email))
    if (wait > 0)
      return Response.json(
        { errors: [{ message: message(req, 'tooManyLogins', { minutes: Math.ceil(wait / 60) }) }] },
        {
          status: 429,
          headers: headersWithCors({
            headers: noStore({ 'Retry-After': String(wait) }),
            req,
          }),
        },
      )
    // Every refusal is this one answer, returned rather than thrown: a wrong password is not
    // a server error worth a stack trace in the log.
    const failed = async () => {
      perAddress.fail(address)
      perAccount.fail(email)
      const waited = performance.now() - started
      if (waited < refusalFloorMs) await setTimeout(refusalFloorMs - waited)
      const error = new AuthenticationError(req.t)
      return Response.json(
        { errors: [{ message: error.message }] },
        { status: error.status, headers: headersWithCors({ headers: noStore(), req }) },
      )
    }
    const account = email
      ? ((await req.payload.db.findOne({
          collection: 'users',
          where: { email: { equals: email } },
          req,
        })) as { lockUntil?: string | null } | null)
      : null
    if (!account || isLocked(account.lockUntil)) {
      await checkNothing(password)
      return await failed()
    }
    const collection = req.payload.collections.users
    const depth = Number(req.searchParams.get('depth'))
    let result: Awaited<ReturnType<typeof loginOperation>>
    try {
      result = await loginOperation({
        collection,
        data: { email, password },
        depth: Number.isInteger(depth) ? depth : undefined,
        req,
      })
    } catch (error) {
      if (error instanceof AuthenticationError || error instanceof LockedAuth) return await failed()
      throw error
    }
    const cookie = generatePayloadCookie({
      collectionAuthConfig: collection.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token!,
    })
    return Response.json(
      { message: req.t('authentication:passed'), ...result },
      {
        headers: headersWithCors({
          headers: noStore({ 'Set-Cookie': cookie }),
          req,
        }),
      },
    )
  },
}
