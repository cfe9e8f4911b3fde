import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export interface DemoLogin {
  email: string
  password: string
  role: 'admin' | 'editor' | 'partner'
  name: string
}

/**
 * Demo accounts get random passwords on first seed, kept in the git-ignored data folder so
 * `npm start` can print them every time without a guessable default.
 */
export function demoLogins(dataDir: string): DemoLogin[] {
  const file = path.join(dataDir, 'demo-logins.json')
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoLogin[]
  const password = () => randomBytes(12).toString('base64url')
  const logins: DemoLogin[] = [
    { email: 'admin@talentregion.local', password: password(), role: 'admin', name: 'Demo Admin' },
    {
      email: 'editor@talentregion.local',
      password: password(),
      role: 'editor',
      name: 'Demo Editor',
    },
    {
      email: 'partner@talentregion.local',
      password: password(),
      role: 'partner',
      name: 'Demo Partner',
    },
  ]
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(logins, null, 2)}\n`, { mode: 0o600 })
  return logins
}
