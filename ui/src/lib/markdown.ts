// A tiny Markdown renderer for notes: escape first, then format. Paragraphs, line breaks,
// **bold**, *italic*, `code`, [links](https://...) and - / 1. lists. Raw HTML in a note is
// shown as text, never parsed.
import { sanitizeNote } from './sanitize';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function inline(escaped: string): string {
  // Code spans first, parked behind placeholders so nothing inside them is formatted.
  const codes: string[] = [];
  let out = escaped.replace(/`([^`\n]+)`/g, (_m, code: string) => {
    codes.push(`<code>${code}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  out = out.replace(
    /\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/g,
    (_m, text: string, url: string) => `<a href="${url}" target="_blank" rel="noopener noreferrer">${text}</a>`,
  );
  // Citations inside the notebook: an article, a passage of it (`?at=START-END`) or one
  // of its highlights (`?highlight=ID`).
  out = out.replace(
    /\[([^\]\n]+)\]\((#\/article\/\d+(?:\?(?:at=\d+-\d+|highlight=\d+))?)\)/g,
    (_m, text: string, url: string) => `<a href="${url}" class="cite">${text}</a>`,
  );
  out = out.replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>');
  out = out.replace(/__([^_\n]+)__/g, '<strong>$1</strong>');
  out = out.replace(/(^|[^*\w])\*([^*\n]+)\*(?!\w)/g, '$1<em>$2</em>');
  out = out.replace(/(^|[^_\w])_([^_\n]+)_(?!\w)/g, '$1<em>$2</em>');
  return out.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => codes[Number(i)] ?? '');
}

const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;

/** Markdown source to a safe HTML string for `{@html}`. */
export function renderMarkdown(source: string): string {
  const blocks = source.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
  const html = blocks
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => BULLET.test(line)))
        return `<ul>${lines.map((l) => `<li>${inline(escapeHtml(l.replace(BULLET, '')))}</li>`).join('')}</ul>`;
      if (lines.every((line) => NUMBERED.test(line)))
        return `<ol>${lines.map((l) => `<li>${inline(escapeHtml(l.replace(NUMBERED, '')))}</li>`).join('')}</ol>`;
      return `<p>${lines.map((l) => inline(escapeHtml(l))).join('<br>')}</p>`;
    })
    .join('');
  return sanitizeNote(html);
}
