import path from 'node:path'

import { dataDir } from '../config/paths'

/** The upload collections, each with its folder under the data folder. */
export type UploadCollection = 'files' | 'media'

/** Where a collection's uploads are stored. */
export const uploadDir = (collection: UploadCollection) => path.join(dataDir, collection)

/** An upload's file on disk; only the base name is used, whatever the document says. */
export const uploadPath = (collection: UploadCollection, filename: string) =>
  path.join(uploadDir(collection), path.basename(filename))
