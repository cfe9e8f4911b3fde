import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { sendLeadDigest } from '../../cms/src/jobs/leadDigest'

import { paragraph, siteSettings } from './helpers/content'
import { startMailbox } from './helpers/mailbox'
import { startPayload, stopPayload } from './helpers/payload'
import { isFerretDB, keyValueOnFerretDB } from './helpers/server'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'
import { runFailingSiteBuild } from './helpers/builds'

let payload: Payload
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let admin: TestUser

beforeAll(async () => {
  mailbox = await startMailbox()
  process.env.SMTP_URL = mailbox.url
  process.env.MAIL_FROM = 'Talentregion Innlandet <noreply@region.test>'
  payload = await startPayload()
  await siteSettings(payload)
  admin = await createUser(payload, 'admin', { name: 'Kari Admin', language: 'sv' })
})

afterAll(async () => {
  await stopPayload(payload)
  await mailbox.close()
})

beforeEach(() => {
  process.env.SMTP_URL = mailbox.url
})

const strongPassword = 'fjellvann-morgenkaffe-lysløype-92'
const linkIn = (text: string) => /https?:\/\/\S+\/admin\/reset\/(\S+)/.exec(text)

async function forgotPassword(email: string, language = 'nb') {
  return rest('/users/forgot-password', {
    method: 'POST',
    headers: { 'Accept-Language': language },
    body: { email },
  })
}

/** Reset mails only: every account made here also got its invitation. */
const resetMails = (email: string) =>
  mailbox.to(email).filter((mail) => /^(Nytt|A new) (passord|lösenord|password)/.test(mail.subject))

const resetPassword = (token: string, password = strongPassword) =>
  rest('/users/reset-password', { method: 'POST', body: { token, password } })

describe('password reset by e-mail', () => {
  test('arrives in the person’s own language, from MAIL_FROM, with a link that works once', async () => {
    const { user } = await createUser(payload, 'editor', { name: 'Sven Redaktör', language: 'sv' })
    expect((await forgotPassword(user.email)).status).toBe(200)
    const [mail] = resetMails(user.email)
    expect(mail?.subject).toBe('Nytt lösenord för Talentregion')
    expect(mail?.from).toBe('"Talentregion Innlandet" <noreply@region.test>')
    expect(mail?.text).toContain('Hej Sven Redaktör')
    expect(mail?.html).toContain('<a href="')
    const token = linkIn(mail!.text)![1]!
    expect((await resetPassword(token)).status).toBe(200)
    const login = await rest('/users/login', {
      method: 'POST',
      body: { email: user.email, password: strongPassword },
    })
    expect(login.status).toBe(200)
    expect((await resetPassword(token, 'en-annen-lang-setning-om-vinter-17')).status).not.toBe(200)
  })

  test('an expired link no longer works', async () => {
    const { user } = await createUser(payload, 'editor', { name: 'Ola Utløpt' })
    await forgotPassword(user.email)
    const token = linkIn(resetMails(user.email)[0]!.text)![1]!
    await payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() },
    })
    expect((await resetPassword(token)).status).not.toBe(200)
  })

  test('without SMTP_URL nothing is sent, and the person is told so in their language', async () => {
    const { user } = await createUser(payload, 'editor', { name: 'Uten Post' })
    delete process.env.SMTP_URL
    const response = await forgotPassword(user.email, 'sv')
    expect(response.status).toBe(503)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]?.message).toMatch(/^Den här servern kan inte skicka e-post ännu/)
    expect(resetMails(user.email)).toEqual([])
  })
})

describe('invitations', () => {
  test('a new account gets an invitation naming who gave access and the role, with a working link', async () => {
    const email = `ny-${Date.now()}@test.local`
    const response = await rest('/users', {
      method: 'POST',
      token: admin.token,
      body: { email, name: 'Nora Ny', role: 'editor', password: strongPassword, language: 'nb' },
    })
    expect(response.status).toBe(201)
    const [mail] = mailbox.to(email)
    expect(mail?.subject).toBe('Du er invitert til Talentregion')
    expect(mail?.text).toContain('Kari Admin har gitt deg tilgang til Talentregion som Redaktør')
    expect(mail?.text).not.toContain(strongPassword)
    const token = linkIn(mail!.text)![1]!
    expect((await resetPassword(token, 'mitt-eget-passord-fra-fjellet-44')).status).toBe(200)
  })
})

describe('a failed build', () => {
  test('tells every admin in their language, with the reason and the build to open', async () => {
    await payload.create({
      collection: 'stories',
      data: { _status: 'published', title: 'Feiler i bygget', body: paragraph('Tekst') },
    })
    await runFailingSiteBuild(payload)
    const notices = mailbox
      .to(admin.user.email)
      .filter((mail) => mail.subject.startsWith('Publiceringen misslyckades'))
    expect(notices).toHaveLength(1)
    expect(notices[0]!.text).toMatch(/Orsak: Failed while export/)
    expect(notices[0]!.text).toMatch(/\/admin\/collections\/site-builds\/\d+/)
  }, 60_000)
})

describe('the daily lead digest', () => {
  test('counts new leads per campaign, at most once a day, with no personal data', async ({
    skip,
  }) => {
    if (await isFerretDB(payload)) skip(keyValueOnFerretDB)
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { leadDigestEmail: 'kampanje@region.test' },
      context: { skipSiteBuild: true },
    })
    const campaign = await payload.create({
      collection: 'campaigns',
      draft: true,
      data: {
        _status: 'draft',
        title: 'Bli med nordover',
        startsOn: '2026-11-01',
        endsOn: '2027-03-01',
      },
    })
    for (const name of ['Anna Personvern', 'Bjorn Personvern']) {
      await payload.create({
        collection: 'leads',
        data: {
          name,
          email: `${name.split(' ')[0]}@privat.test`,
          campaign: campaign.id,
          locale: 'nb',
          consentText: 'Ja',
        },
      })
    }
    expect(await sendLeadDigest(payload)).toBe(2)
    expect(await sendLeadDigest(payload)).toBe(0)
    const digests = mailbox.to('kampanje@region.test')
    expect(digests).toHaveLength(1)
    expect(digests[0]!.subject).toBe('2 nye henvendelser fra kampanjene')
    expect(digests[0]!.text).toContain('• Bli med nordover: 2')
    expect(JSON.stringify(digests[0])).not.toMatch(/Personvern|privat\.test/)
  })
})
