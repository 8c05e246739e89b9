import {html, nothing, type TemplateResult} from 'lit';
import type {CueNode} from './types.js';

type Rendered = TemplateResult | string | typeof nothing;

/**
 * Renders cue markup as Lit templates: text stays text nodes (Lit never parses a value as HTML),
 * and only the WebVTT elements we allow become elements.
 */
export function renderCueContent(nodes: readonly CueNode[]): Rendered[] {
  return nodes.map(renderNode);
}

function renderNode(node: CueNode): Rendered {
  switch (node.type) {
    case 'text':
      // A two-line caption reads as one line in a transcript.
      return node.text.replace(/\s*\n\s*/g, ' ');
    case 'timestamp':
      return nothing;
    case 'b':
      return html`<b>${renderCueContent(node.children)}</b>`;
    case 'i':
      return html`<i>${renderCueContent(node.children)}</i>`;
    case 'u':
      return html`<u>${renderCueContent(node.children)}</u>`;
    case 'ruby':
      return html`<ruby>${renderCueContent(node.children)}</ruby>`;
    case 'rt':
      return html`<rt>${renderCueContent(node.children)}</rt>`;
    case 'lang':
      return html`<span lang=${node.lang ?? ''}>${renderCueContent(node.children)}</span>`;
    case 'c':
      return html`<span class=${['c', ...node.classes].join(' ')}>${renderCueContent(node.children)}</span>`;
  }
}
