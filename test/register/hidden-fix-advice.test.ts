/**
 * final-review19: since hostile19 (89203dd1) rows hidden in an .xlsx register are no longer counted,
 * and a register saved with a filter on (Excel and WPS store the rows it hides as hidden rows) now
 * loses those activities. register.hidden-rows advised only right-click Unhide, which does not show
 * rows a filter hides: the advice names clearing the filter, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/messages/index.js';

describe('register.hidden-rows advice', () => {
  const fix = catalog['register.hidden-rows'].fix;
  it('zh: clearing a filter (筛选) as well as Unhide', () => {
    expect(fix.zh).toContain('取消隐藏');
    expect(fix.zh).toMatch(/清除筛选/);
  });
  it('en: clearing a filter as well as Unhide', () => {
    expect(fix.en).toContain('Unhide');
    expect(fix.en).toMatch(/filter is cleared/);
  });
});
