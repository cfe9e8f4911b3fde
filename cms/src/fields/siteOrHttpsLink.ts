import { redirectTargetProblem } from '@talentregion/shared/redirects'

/** A link a campaign may send a visitor to: a path of this site or an https:// address. */
export function validateSiteOrHttpsLink(value: unknown): string | true {
  const href = typeof value === 'string' ? value.trim() : ''
  if (/^https:\/\/[^/\s]+\.[^/\s]+/.test(href)) return true
  const problem = redirectTargetProblem(href)
  return problem ? `The link ${problem}.` : true
}
