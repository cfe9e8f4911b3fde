import zlib from 'node:zlib'

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  path: string
  data: Buffer
}

// 1980-01-01 00:00, the earliest DOS date: every entry gets it, so the bytes depend on content only.
const dosTime = 0
const dosDate = (0 << 9) | (1 << 5) | 1

/**
 * A ZIP archive whose bytes depend only on its entries: sorted paths, fixed timestamps, no
 * extra fields, deflate at a fixed level. The same toolkit always gives the same file.
 */
export function createZip(entries: ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const seen = new Set<string>()
  const local: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of sorted) {
    if (seen.has(entry.path)) throw new Error(`The archive would hold "${entry.path}" twice`)
    seen.add(entry.path)
    const name = Buffer.from(entry.path, 'utf8')
    const compressed = zlib.deflateRawSync(entry.data, { level: 9 })
    const stored = compressed.byteLength >= entry.data.byteLength
    const body = stored ? entry.data : compressed
    const crc = zlib.crc32(entry.data)
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(0x0800, 6) // UTF-8 names
    header.writeUInt16LE(stored ? 0 : 8, 8)
    header.writeUInt16LE(dosTime, 10)
    header.writeUInt16LE(dosDate, 12)
    header.writeUInt32LE(crc, 14)
    header.writeUInt32LE(body.byteLength, 18)
    header.writeUInt32LE(entry.data.byteLength, 22)
    header.writeUInt16LE(name.byteLength, 26)
    header.writeUInt16LE(0, 28)
    local.push(header, name, body)
    const record = Buffer.alloc(46)
    record.writeUInt32LE(0x02014b50, 0)
    record.writeUInt16LE(20, 4)
    record.writeUInt16LE(20, 6)
    record.writeUInt16LE(0x0800, 8)
    record.writeUInt16LE(stored ? 0 : 8, 10)
    record.writeUInt16LE(dosTime, 12)
    record.writeUInt16LE(dosDate, 14)
    record.writeUInt32LE(crc, 16)
    record.writeUInt32LE(body.byteLength, 20)
    record.writeUInt32LE(entry.data.byteLength, 24)
    record.writeUInt16LE(name.byteLength, 28)
    record.writeUInt32LE(offset, 42)
    central.push(record, name)
    offset += header.byteLength + name.byteLength + body.byteLength
  }
  const centralSize = central.reduce((sum, part) => sum + part.byteLength, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(sorted.length, 8)
  end.writeUInt16LE(sorted.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...local, ...central, end])
}
