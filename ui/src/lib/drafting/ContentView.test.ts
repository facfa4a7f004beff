// A stored revision shown read-only: only web and mail links become links, whatever a file
// once put in the stored text (issue #12); the text itself is always shown.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Content } from '../bindings/Content';
import ContentView from './ContentView.svelte';

const linked = (text: string, href: string) => ({ type: 'text' as const, text, marks: [{ type: 'link' as const, href }] });

describe('ContentView', () => {
  it('makes web and mail links, and shows any other link target as plain text', () => {
    const content: Content = {
      blocks: [
        {
          type: 'paragraph',
          numbered: true,
          content: [
            linked('OHCHR', 'https://www.ohchr.org'),
            { type: 'text', text: ' and ' },
            linked('click me', 'javascript:alert(1)'),
            { type: 'text', text: ' and ' },
            linked('a file', 'file:///etc/passwd'),
          ],
        },
      ],
    };
    render(ContentView, { content });
    expect(screen.getByRole('link', { name: 'OHCHR' }).getAttribute('href')).toBe('https://www.ohchr.org');
    expect(screen.queryByRole('link', { name: 'click me' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'a file' })).toBeNull();
    expect(screen.getByText(/click me/)).toBeTruthy();
    expect(screen.getByText(/a file/)).toBeTruthy();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
