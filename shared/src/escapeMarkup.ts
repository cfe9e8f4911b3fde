/** Text made safe to put inside HTML, SVG or XML, in content and in quoted attributes alike. */
export const escapeMarkup = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
