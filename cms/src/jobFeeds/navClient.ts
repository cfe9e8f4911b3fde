import { FeedError, feedGet, type FeedResponse } from './feedHttp'

export interface NavFeedSettings {
  url: string
  /** A private token; without one the rotating public token is fetched, and again on a 401. */
  token?: string
  timeoutMs: number
  /** The clock, for the first run's starting point. */
  now?: () => Date
}

/**
 * GETs to NAV's feed with its bearer token. Without a private token the public one is fetched
 * (`/api/publicToken`, text around the token); NAV rotates it, so a 401 fetches it again and
 * asks once more.
 */
export function navClient(base: string, settings: NavFeedSettings) {
  let token = settings.token

  async function publicToken(): Promise<string> {
    const url = `${base}/api/publicToken`
    const { status, body } = await feedGet(url, { headers: {}, timeoutMs: settings.timeoutMs })
    const found = status === 200 ? /[\w-]+\.[\w-]+\.[\w-]+/.exec(body)?.[0] : undefined
    if (!found) throw new FeedError(`GET ${url}: no public token in the answer`)
    return found
  }

  /** A GET whose `answers` are for the caller to read; a 401 is handled here. */
  return async function get(
    url: string,
    headers: Record<string, string> = {},
    answers = [200, 304],
  ): Promise<FeedResponse> {
    token ??= await publicToken()
    const send = (bearer: string) =>
      feedGet(url, {
        headers: { ...headers, accept: 'application/json', authorization: `Bearer ${bearer}` },
        timeoutMs: settings.timeoutMs,
        answers: [...answers, 401],
      })
    let response = await send(token)
    if (response.status === 401 && !settings.token) {
      token = await publicToken()
      response = await send(token)
    }
    if (response.status === 401) throw new FeedError(`GET ${url}: the token was refused`, 401)
    return response
  }
}
