import {
  dataDir as dataFolder,
  workspaceRoot as findWorkspaceRoot,
} from '@talentregion/shared/environment'

/** The checkout this CMS runs from. */
export const workspaceRoot = findWorkspaceRoot()

/** Everything the CMS writes (database, secret, uploads) lives here; git ignores it. */
export const dataDir = dataFolder(process.env, workspaceRoot)
