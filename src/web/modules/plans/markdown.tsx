import { textDirection, type TLanguage } from '../../../domain/languages.js';
import ReactMarkdown, { type Components } from 'react-markdown';

// Headings in a section sit below the page's h1 and the section's h2, so the outline stays valid.
const components: Components = { h1: 'h3', h2: 'h4', h3: 'h5', h4: 'h6', h5: 'h6', h6: 'h6' };

/** Renders plan text; raw HTML is never rendered (react-markdown's default) and unsafe URLs are dropped. */
export function Markdown({ text, language }: { text: string; language?: TLanguage }) {
  return (
    <div className="markdown-body" lang={language} dir={language ? textDirection(language) : undefined}>
      <ReactMarkdown components={components} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}
