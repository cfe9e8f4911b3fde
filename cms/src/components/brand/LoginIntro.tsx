import { adminLocale, formatAdminText } from '../../i18n/adminText'

/** Under the logo on the login page: whose admin this is, and the way for partners. */
export function LoginIntro({ i18n }: { i18n?: { language?: string } }) {
  const locale = adminLocale(i18n)
  return (
    <div className="talentregion-login-intro">
      <p>{formatAdminText(locale, 'login.intro')}</p>
      <p>
        {formatAdminText(locale, 'login.partners')}{' '}
        <a href="/partners">{formatAdminText(locale, 'login.partnersLink')}</a>
      </p>
    </div>
  )
}
