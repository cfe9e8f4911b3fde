import { pagePath, redirectProblems, redirectTargetProblem } from '@talentregion/shared/redirects'
import type { Snapshot } from '@talentregion/shared/schemas/snapshot'

import { buildPages } from './routes'

/**
 * Every problem with the snapshot's redirects and placement targets against the pages this
 * build makes. Any problem stops the build, so the live site keeps its working redirects.
 */
export function redirectIssues(snapshot: Snapshot): string[] {
  const pages = new Set(buildPages(snapshot).map((page) => page.path))
  pages.add('/')
  const problems = redirectProblems(snapshot.redirects, pages)
  for (const placement of snapshot.placements) {
    if (!placement.target) continue
    const name = `Placement ${placement.code}: the target ${placement.target}`
    const problem = redirectTargetProblem(placement.target)
    if (problem) problems.push(`${name} ${problem}.`)
    else if (!pages.has(pagePath(placement.target)))
      problems.push(`${name} is not a page of the site. Choose an existing page or clear it.`)
  }
  for (const redirect of snapshot.redirects) {
    if (/^\/q\//i.test(pagePath(redirect.from)))
      problems.push(`Redirect ${redirect.from}: /q/ is reserved for placement codes.`)
  }
  return problems
}
