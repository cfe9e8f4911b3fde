/**
 * One preview build at a time per person: a request for the same page while its build runs
 * shares that build's outcome; a request for another page waits until the running one is done.
 */
export function previewQueue<T>() {
  const running = new Map<string, { target: string; done: Promise<T> }>()
  return async (person: string, target: string, build: () => Promise<T>): Promise<T> => {
    for (;;) {
      const current = running.get(person)
      if (!current) break
      if (current.target === target) return current.done
      await current.done.catch(() => undefined)
    }
    const done = build()
    running.set(person, { target, done })
    try {
      return await done
    } finally {
      if (running.get(person)?.done === done) running.delete(person)
    }
  }
}
