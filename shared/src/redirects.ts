/** A redirect an editor sets up: a vanity path for print, or a placement sent somewhere special. */
export interface Redirect {
  from: string
  to: string
}

/**
 * What is wrong with a redirect target, or null. Only this site's own paths are allowed: no other
 * host (`//evil.example`, `/\evil.example`), no scheme (`javascript:`), no markup, no tricks
 * hidden behind percent-encoding.
 */
export function redirectTargetProblem(target: string): string | null {
  if (target.length === 0) return 'is empty; give a path on this site, like /nb/historier/'
  if (target.length > 300) return 'is longer than 300 characters'
  let decoded: string
  try {
    // Decoded twice: %252F is %2F after one round and / after the second.
    decoded = decodeURIComponent(decodeURIComponent(target))
  } catch {
    return 'has broken percent-encoding'
  }
  for (const value of [target, decoded]) {
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    if (/[\u0000-\u001f\u007f\s]/.test(value)) return 'contains spaces or control characters'
    if (/[<>"'`]/.test(value)) return 'contains markup characters (< > " \' `)'
    if (value.includes('\\')) return 'contains a backslash, which browsers read as /'
    if (/^[a-z][a-z0-9+.-]*:/i.test(value))
      return 'is a full address; only paths on this site are allowed'
    if (!value.startsWith('/')) return 'must start with / (a path on this site)'
    if (value.startsWith('//')) return 'starts with //, which leads to another site'
    if (/(^|\/)\.\.?(\/|$)/.test(value.split(/[?#]/)[0]!)) return 'contains . or .. segments'
  }
  return null
}

/** `/nb/x` and `/nb/x/` are the same page; queries and fragments are not part of it. */
export const pagePath = (value: string) => {
  const path = value.split(/[?#]/)[0]!
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`
}

/**
 * Every problem with a set of redirects, given the pages the site has: bad targets, a source
 * that would hide an existing page, targets that lead nowhere, and loops.
 */
export function redirectProblems(redirects: Redirect[], pages: ReadonlySet<string>): string[] {
  const problems: string[] = []
  const bySource = new Map(redirects.map((redirect) => [pagePath(redirect.from), redirect]))
  for (const redirect of redirects) {
    const name = `Redirect ${redirect.from} → ${redirect.to}`
    const fromProblem = redirectTargetProblem(redirect.from)
    const toProblem = redirectTargetProblem(redirect.to)
    if (fromProblem) problems.push(`${name}: the source ${fromProblem}.`)
    if (toProblem) problems.push(`${name}: the target ${toProblem}.`)
    if (fromProblem || toProblem) continue
    if (pages.has(pagePath(redirect.from)))
      problems.push(`${name}: ${redirect.from} is a page of the site; a redirect would hide it.`)
    const seen = new Set<string>()
    let at = pagePath(redirect.from)
    while (bySource.has(at) && !seen.has(at)) {
      seen.add(at)
      at = pagePath(bySource.get(at)!.to)
    }
    if (bySource.has(at)) problems.push(`${name}: leads in a loop back to ${at}.`)
    else if (!pages.has(at)) problems.push(`${name}: ${at} is not a page of the site.`)
  }
  return problems
}
