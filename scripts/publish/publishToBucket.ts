import type { BucketReleases } from '@talentregion/shared/siteBucket'

/**
 * Publishes a built and checked release to the site bucket: uploads it, switches the bucket's
 * `current` to it and prunes old releases there as locally. An upload that fails is removed
 * again and `current` is left as it was.
 */
export async function publishToBucket(
  bucket: BucketReleases,
  { id, dir, keep, log }: { id: string; dir: string; keep: number; log: (line: string) => void },
): Promise<void> {
  const started = performance.now()
  try {
    const keys = await bucket.upload(id, dir)
    log(
      `bucket: ${keys.length} files uploaded to ${bucket.bucket} in ${Math.round(performance.now() - started)} ms`,
    )
  } catch (error) {
    await bucket.remove(id).catch(() => {})
    throw new Error(
      `Uploading release ${id} to bucket ${bucket.bucket} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    )
  }
  await bucket.activate(id)
  const removed = await bucket.prune(keep)
  log(`bucket: live ${id}${removed.length ? ` (removed ${removed.join(', ')})` : ''}`)
}
