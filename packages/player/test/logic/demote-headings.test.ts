import { expect, test } from 'vitest';
import { demoteHeadings } from '../../src/logic/demote-headings.ts';

test('headings move one level down, attributes and other tags kept, h6 stays', () => {
  expect(demoteHeadings('<h2 id="a">Notice</h2><p>Text <b>h2</b></p><h3>Rights</h3><h6>Note</h6>')).toBe(
    '<h3 id="a">Notice</h3><p>Text <b>h2</b></p><h4>Rights</h4><h6>Note</h6>',
  );
  expect(demoteHeadings('<header><hr></header>')).toBe('<header><hr></header>');
});
