import { Fragment, type ReactNode } from 'react'
import type { RichText as RichTextValue, RichTextNode } from '@versus/engine'
import { clampLevel } from './heading'
import { isExternalHref, safeHref } from './safe-href'

// Lexical's text format bitmask.
const IS_BOLD = 1
const IS_ITALIC = 1 << 1
const IS_STRIKETHROUGH = 1 << 2
const IS_UNDERLINE = 1 << 3
const IS_CODE = 1 << 4
const IS_SUBSCRIPT = 1 << 5
const IS_SUPERSCRIPT = 1 << 6

/** Deeper trees than this are cut off rather than risk the stack on hostile input. */
const MAX_DEPTH = 40

interface RenderOptions {
  /** The level a rich-text h2 becomes; deeper headings keep their distance from it. */
  headingLevel: number
}

function renderText(node: RichTextNode, key: number): ReactNode {
  let out: ReactNode = typeof node.text === 'string' ? node.text : ''
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & IS_CODE) out = <code>{out}</code>
  if (format & IS_SUBSCRIPT) out = <sub>{out}</sub>
  if (format & IS_SUPERSCRIPT) out = <sup>{out}</sup>
  if (format & IS_STRIKETHROUGH) out = <s>{out}</s>
  if (format & IS_UNDERLINE) out = <u>{out}</u>
  if (format & IS_ITALIC) out = <em>{out}</em>
  if (format & IS_BOLD) out = <strong>{out}</strong>
  return <Fragment key={key}>{out}</Fragment>
}

function linkUrl(node: RichTextNode): unknown {
  if (node.fields && typeof node.fields === 'object' && 'url' in node.fields) return node.fields.url
  return node.url
}

function renderChildren(node: RichTextNode, options: RenderOptions, depth: number): ReactNode[] {
  if (!Array.isArray(node.children) || depth > MAX_DEPTH) return []
  return node.children.map((child, index) => renderNode(child, index, options, depth + 1))
}

function renderNode(node: RichTextNode, key: number, options: RenderOptions, depth: number): ReactNode {
  if (!node || typeof node !== 'object') return null
  const children = () => renderChildren(node, options, depth)
  switch (node.type) {
    case 'text':
      return renderText(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'tab':
      return ' '
    case 'paragraph': {
      const content = children()
      return content.length > 0 ? <p key={key}>{content}</p> : null
    }
    case 'heading': {
      const original = /^h([1-6])$/.exec(typeof node.tag === 'string' ? node.tag : '')
      const level = clampLevel((original ? Number(original[1]) : 2) - 2 + options.headingLevel)
      const Tag = `h${level}` as const
      return <Tag key={key}>{children()}</Tag>
    }
    case 'list': {
      const Tag = node.listType === 'number' ? 'ol' : 'ul'
      return (
        <Tag key={key} className={node.listType === 'check' ? 'v-checklist' : undefined}>
          {children()}
        </Tag>
      )
    }
    case 'listitem': {
      // Lexical nests a sub-list as the only child of its own list item.
      const nested = node.children?.length === 1 && node.children[0]?.type === 'list'
      return (
        <li key={key} className={nested ? 'v-nested' : undefined}>
          {children()}
        </li>
      )
    }
    case 'quote':
      return <blockquote key={key}>{children()}</blockquote>
    case 'horizontalrule':
      return <hr key={key} />
    case 'link':
    case 'autolink': {
      const href = safeHref(linkUrl(node))
      if (!href) return <Fragment key={key}>{children()}</Fragment>
      const external = isExternalHref(href)
      return (
        <a key={key} href={href} rel={external ? 'noopener noreferrer' : undefined}>
          {children()}
        </a>
      )
    }
    default:
      return <Fragment key={key}>{children()}</Fragment>
  }
}

/**
 * Renders Payload's Lexical JSON as React elements. Text is always escaped by
 * React; links outside http(s), mailto and relative references become plain text.
 */
export function RichText({
  value,
  headingLevel = 3,
  className,
}: {
  value: RichTextValue | null | undefined
  headingLevel?: number
  className?: string
}) {
  if (!value || typeof value !== 'object' || !value.root) return null
  const content = renderChildren(value.root, { headingLevel }, 0).filter((n) => n !== null)
  if (content.length === 0) return null
  return <div className={['v-prose', className].filter(Boolean).join(' ')}>{content}</div>
}

/** Plain text with blank lines between paragraphs, as paragraphs. */
export function PlainText({ text, className }: { text: string | null | undefined; className?: string }) {
  if (!text) return null
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className={className}>
          {p.split('\n').flatMap((line, j) => (j === 0 ? [line] : [<br key={j} />, line]))}
        </p>
      ))}
    </>
  )
}
