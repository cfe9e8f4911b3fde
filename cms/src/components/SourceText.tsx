'use client'
import { useDocumentInfo, useField, useLocale, useTranslation } from '@payloadcms/ui'
import { defaultLocale, localeLabels } from '@talentregion/shared/locales'
import { useEffect, useState } from 'react'

import { adminLocale, formatAdminText } from '../i18n/adminText'

type Source = Record<string, unknown>

// One read of the default-language document per page, shared by all its fields.
const sources = new Map<string, Promise<Source | null>>()

function sourceDocument(url: string): Promise<Source | null> {
  let source = sources.get(url)
  if (!source) {
    source = fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Source>) : null))
      .catch(() => null)
    sources.set(url, source)
  }
  return source
}

function valueAt(doc: Source | null, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], doc)
}

/** A rich text's words, paragraph by paragraph: enough to translate from, not to render. */
function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: unknown; children?: unknown[]; root?: unknown }
  if (root) return plainText(root)
  if (typeof text === 'string') return text
  const parts = (children ?? []).map(plainText)
  const isRoot = (node as { type?: string }).type === 'root'
  return isRoot ? parts.filter((part) => part.trim() !== '').join('\n\n') : parts.join('')
}

/**
 * Under each localized field, while a translation is being written: the same field's text in
 * the default language, read-only, and (for plain text) one button that copies it in to start
 * from. Nothing shows in the default language itself, or before the document exists.
 */
export function SourceText({ path, field }: { path: string; field: { type: string } }) {
  const { code } = useLocale()
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { value, setValue } = useField<unknown>({ path })
  const [source, setSource] = useState<unknown>()

  useEffect(() => {
    if (code === defaultLocale || (!id && !globalSlug)) return
    const base = globalSlug ? `/api/globals/${globalSlug}` : `/api/${collectionSlug}/${id}`
    let cancelled = false
    void sourceDocument(
      `${base}?locale=${defaultLocale}&fallback-locale=none&draft=true&depth=0`,
    ).then((doc) => {
      if (!cancelled) setSource(valueAt(doc, path))
    })
    return () => {
      cancelled = true
    }
  }, [code, id, collectionSlug, globalSlug, path])

  const text = field.type === 'richText' ? plainText(source) : source
  if (code === defaultLocale || typeof text !== 'string' || text.trim() === '') return null
  const locale = adminLocale(i18n)
  const language = localeLabels[defaultLocale]
  const copy = () => {
    const replacing = typeof value === 'string' && value.trim() !== '' && value !== text
    if (!replacing || window.confirm(formatAdminText(locale, 'sourceText.confirm', { language }))) {
      setValue(text)
    }
  }
  return (
    <div className="source-text">
      <div className="source-text__head">
        <span>{formatAdminText(locale, 'sourceText.label', { language })}</span>
        {field.type !== 'richText' && (
          <button type="button" className="source-text__copy" onClick={copy}>
            {formatAdminText(locale, 'sourceText.copy')}
          </button>
        )}
      </div>
      <p className="source-text__body" lang={defaultLocale}>
        {text}
      </p>
    </div>
  )
}
