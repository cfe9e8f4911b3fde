/** The snapshot's pre-encoded media and toolkit downloads, linked into the output as they are. */
export const snapshotFolders = ['media', 'files'] as const

/** Where Pagefind's index is served from. */
export const searchFolder = 'pagefind'

/** Top-level folders of the output that hold no pages (Astro's own assets besides). */
export const foldersWithoutPages: ReadonlySet<string> = new Set([
  ...snapshotFolders,
  searchFolder,
  '_astro',
])
