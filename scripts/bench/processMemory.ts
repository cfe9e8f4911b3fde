import fs from 'node:fs'

function children(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
  } catch {
    return []
  }
}

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
export function treeRss(pid: number): number {
  return rssBytes(pid) + children(pid).reduce((sum, child) => sum + treeRss(child), 0)
}

/** Samples a process tree's memory until stopped; returns the peak seen. */
export function watchPeakMemory(pid: number, intervalMs = 100): () => number {
  // Sampled at the start and the end too, so work shorter than one interval still has a figure.
  let peak = treeRss(pid)
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid))
  }, intervalMs)
  return () => {
    clearInterval(timer)
    return Math.max(peak, treeRss(pid))
  }
}
