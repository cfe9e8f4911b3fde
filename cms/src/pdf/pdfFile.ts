/**
 * A minimal PDF 1.4 file: the numbered objects as given (object 1 must be the catalog) with the
 * cross-reference table PDF readers need. Enough for one page of vector drawing and text.
 */
export function pdfFile(objects: string[]): Buffer {
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** Text for a PDF string literal in a standard font: no parentheses or backslashes, ASCII only. */
export const pdfText = (text: string) => text.replace(/[()\\]/g, '').replace(/[^\x20-\x7e]/g, '?')

/** A content stream object. */
export const pdfStream = (stream: string) =>
  `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`
