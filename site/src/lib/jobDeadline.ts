import { t, type UiStringKey } from '@talentregion/shared/i18n'
import type { Locale } from '@talentregion/shared/locales'

/** What a deadline given in words can mean, when it is one of the usual ones. */
export type DeadlineWord = 'asap' | 'rolling' | 'untilFilled'

/**
 * The words the feeds use for a deadline without a date, in Norwegian (bokmål and nynorsk),
 * Swedish and English.
 */
const deadlineWords: Record<DeadlineWord, string[]> = {
  asap: [
    'snarest',
    'snarest mulig',
    'snarast',
    'snarast mogleg',
    'snarast möjligt',
    'så snart som mulig',
    'så snart som mogleg',
    'så snart som möjligt',
    'straks',
    'omgående',
    'umiddelbart',
    'ASAP',
    'as soon as possible',
    'immediately',
  ],
  rolling: [
    'fortløpende',
    'fortløpande',
    'løpende',
    'løpande',
    'løpende opptak',
    'fortløpende opptak',
    'fortløpende behandling',
    'søknader behandles fortløpende',
    'søknadene behandles fortløpende',
    'vurderes fortløpende',
    'löpande',
    'löpande urval',
    'löpande antagning',
    'urval sker löpande',
    'urvalet sker löpande',
    'rolling',
    'rolling basis',
    'ongoing',
    'continuous',
  ],
  untilFilled: [
    'til stillingen er besatt',
    'inntil stillingen er besatt',
    'til stillinga er besett',
    'tills tjänsten är tillsatt',
    'until filled',
    'open until filled',
    'until the position is filled',
  ],
}

/** Words as compared: any case, spacing and punctuation alike ("Snarest!", " A.S.A.P. "). */
const deadlineKey = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[^\p{L}]+/gu, '')

const byKey = new Map(
  Object.entries(deadlineWords).flatMap(([word, phrases]) =>
    phrases.map((phrase) => [deadlineKey(phrase), word as DeadlineWord] as const),
  ),
)

/** Which of the usual deadline words a feed's text is, or null for any other text. */
export function deadlineWord(text: string): DeadlineWord | null {
  return byKey.get(deadlineKey(text)) ?? null
}

const phraseKeys: Record<DeadlineWord, UiStringKey> = {
  asap: 'jobs.deadlineAsap',
  rolling: 'jobs.deadlineRolling',
  untilFilled: 'jobs.deadlineUntilFilled',
}

/**
 * A deadline in words, said in the page's language ("Snarest" on a Swedish page: "Ansök
 * snarast"), or null when the words are not among the usual ones: those are shown as the ad
 * wrote them.
 */
export function deadlinePhrase(locale: Locale, text: string): string | null {
  const word = deadlineWord(text)
  return word ? t(locale, phraseKeys[word]) : null
}
