import { pdfFile, pdfStream, pdfText } from '@talentregion/cms/pdf'

/** A one-page PDF with a title line: enough for a real, valid template file in the demo. */
export function simplePdf(title: string): Buffer {
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    pdfStream(`BT /F1 28 Tf 60 760 Td (${pdfText(title)}) Tj ET`),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ])
}
