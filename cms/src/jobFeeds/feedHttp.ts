/** A feed answered with an error status, or not at all in time. */
export class FeedError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

export interface FeedResponse {
  status: number
  headers: Headers
  body: string
}

/**
 * One GET to a feed with a time limit, so a feed that hangs ends the run (to be resumed by the
 * next) instead of holding the job queue. The statuses in `answers` are for the caller to read;
 * any other is an error.
 */
export async function feedGet(
  url: string,
  {
    headers,
    timeoutMs,
    answers = [200, 304, 401],
  }: { headers: Record<string, string>; timeoutMs: number; answers?: number[] },
): Promise<FeedResponse> {
  let response: Response
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer in ${timeoutMs} ms`
        : String(error)
    throw new FeedError(`GET ${url}: ${reason}`)
  }
  const body = await response.text()
  if (!answers.includes(response.status)) {
    throw new FeedError(`GET ${url}: HTTP ${response.status}`, response.status)
  }
  return { status: response.status, headers: response.headers, body }
}

/** A JSON body, or a FeedError naming the address. */
export function parseJson(url: string, body: string): unknown {
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw new FeedError(`GET ${url}: the answer is not JSON`)
  }
}
