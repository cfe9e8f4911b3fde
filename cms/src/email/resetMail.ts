import { resetLinkMs } from '../auth/requireEmail'
import { serverURL } from '../config/server'
import { composeMail, type Mail } from './compose'
import { mailLocale } from './recipient'

/** The password-reset mail, in the language the person chose for their account. */
export function resetMail(
  args: { token?: string; user?: { name?: string | null; language?: string | null } } = {},
): Mail {
  const { token, user } = args
  return composeMail(mailLocale(user), 'reset', {
    name: user?.name ?? '',
    link: `${serverURL}/admin/reset/${token ?? ''}`,
    minutes: resetLinkMs / 60_000,
  })
}
