/** Time since the last call (or since it was made), as "1.2 s", for a log line. */
export function stopwatch(): () => string {
  let lap = performance.now()
  return () => {
    const now = performance.now()
    const seconds = ((now - lap) / 1000).toFixed(1)
    lap = now
    return `${seconds} s`
  }
}
