import { unzipSync } from 'fflate'

/** A zip's entries by path, read with an independent implementation (fflate), not our writer. */
export function readZip(data: Buffer): Map<string, Buffer> {
  const entries = unzipSync(new Uint8Array(data))
  return new Map(Object.entries(entries).map(([name, bytes]) => [name, Buffer.from(bytes)]))
}
