import type { PayloadRequest } from 'payload'

import { adminLanguages } from './adminLanguages'

type Language = keyof typeof adminLanguages.supportedLanguages

const messages = {
  tooManyLogins: {
    nb: 'For mange mislykkede innlogginger. Vent {minutes} min og prøv igjen.',
    sv: 'För många misslyckade inloggningar. Vänta {minutes} min och försök igen.',
    en: 'Too many failed logins. Wait {minutes} min and try again.',
  },
  passwordTooShort: {
    nb: 'Passordet må ha minst {min} tegn. En setning på flere ord er lett å huske og vanskelig å gjette.',
    sv: 'Lösenordet måste ha minst {min} tecken. En mening med flera ord är lätt att minnas och svår att gissa.',
    en: 'The password needs at least {min} characters. A sentence of several words is easy to remember and hard to guess.',
  },
  passwordTooLong: {
    nb: 'Passordet kan ha høyst {max} tegn.',
    sv: 'Lösenordet får ha högst {max} tecken.',
    en: 'The password can have at most {max} characters.',
  },
  passwordCommon: {
    nb: 'Dette passordet er blant de vanligste og gjettes fort. Velg noe mindre forutsigbart, for eksempel fire tilfeldige ord.',
    sv: 'Det här lösenordet är bland de vanligaste och gissas snabbt. Välj något mindre förutsägbart, till exempel fyra slumpvisa ord.',
    en: 'This password is among the most common ones and is guessed quickly. Choose something less predictable, such as four random words.',
  },
  previewFailed: {
    nb: 'Forhåndsvisningen kunne ikke lages.',
    sv: 'Förhandsvisningen kunde inte skapas.',
    en: 'The preview could not be built.',
  },
  previewContentProblem: {
    nb: 'Dette må rettes i innholdet først:',
    sv: 'Det här behöver rättas i innehållet först:',
    en: 'This needs fixing in the content first:',
  },
  previewServerProblem: {
    nb: 'Feilen ligger ikke i teksten din. Prøv igjen om litt; hvis det gjentar seg, gi administratoren referansen {reference} – detaljene står i serverloggen.',
    sv: 'Felet ligger inte i din text. Försök igen om en stund; om det upprepas, ge administratören referensen {reference} – detaljerna finns i serverloggen.',
    en: 'The problem is not in your text. Try again in a moment; if it happens again, give the administrator the reference {reference} – the details are in the server log.',
  },
  previewBack: {
    nb: 'Tilbake til redigeringen',
    sv: 'Tillbaka till redigeringen',
    en: 'Back to editing',
  },
} satisfies Record<string, Record<Language, string>>

/** A message of ours in the language the admin (or the API caller) uses. */
export function message(
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: keyof typeof messages,
  values: Record<string, string | number> = {},
): string {
  const wanted = req?.i18n?.language
  const language: Language =
    wanted && wanted in messages[key] ? (wanted as Language) : adminLanguages.fallbackLanguage
  return messages[key][language].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? ''),
  )
}
