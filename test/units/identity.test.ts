/** Unit identity (issue 11 item 3): names compared through the table of department names, never by substring. */
import { describe, expect, it } from 'vitest';
import { DEPARTMENT_NAMES } from '../../src/text/department-names.js';
import { isUnit, parseBodyName, sameBody, textNamesUnit } from '../../src/text/unit-identity.js';
import { cleanUnitFolderName, unitForFolder } from '../../src/units/folder.js';
import { ruleUnitFor } from '../../src/units/rule-units.js';
import { tempDirEach } from '../helpers/temp.js';

describe('the table of department names', () => {
  it('lists every name in one row only', () => {
    const seen = new Map<string, number>();
    DEPARTMENT_NAMES.forEach((row, i) => {
      for (const n of row) {
        expect(seen.has(n), `${n} is in rows ${seen.get(n)} and ${i}`).toBe(false);
        seen.set(n, i);
      }
    });
  });

  it.each([
    ['县市场监管局', '清河县市场监督管理局'],
    ['县文旅局', '清河县文化和旅游局'],
    ['县文旅局', '清河县文化广电和旅游局'],
    ['县城管局', '清河县城市管理局'],
    ['县城管局', '清河县综合行政执法局'],
    ['县卫健委', '清河县卫生健康委员会'],
    ['县卫健委', '清河县卫生健康局'],
    ['县人社局', '清河县人力资源和社会保障局'],
    ['县住建局', '清河县住房和城乡建设局'],
    ['团县委', '共青团清河县委员会'],
    ['团县委', '县团委'],
    ['县委宣传部', '中共清河县委宣传部'],
    ['城关镇', '清河县城关镇人民政府'],
    ['县教育局', '清河县教育局党组'],
    ['市场监管局', '清河县市场监督管理局'],
    // Session 16 re-test: names a county has that the table lacked.
    ['县文明办', '清河县精神文明建设指导委员会办公室'],
    ['县关工委', '清河县关心下一代工作委员会'],
    ['县老干部局', '中共清河县委老干部局'],
    ['县人武部', '清河县人民武装部'],
    ['县法院', '清河县人民法院'],
    ['县检察院', '清河县人民检察院'],
    ['县民宗局', '清河县民族宗教事务局'],
    ['县机关事务中心', '清河县机关事务服务中心'],
    ['县数据局', '清河县大数据发展局'],
    ['县委编办', '中共清河县委机构编制委员会办公室'],
    ['县税务局', '国家税务总局清河县税务局'],
    // A county bureau named as the branch of the city's (垂直管理 / 市以下垂管).
    ['县生态环境分局', '市生态环境局清河分局'],
    ['清河县自然资源局', '市自然资源和规划局清河分局'],
  ])('%s is %s', (a, b) => {
    expect(sameBody(a, b)).toBe(true);
    expect(sameBody(b, a)).toBe(true);
  });

  it.each([
    ['县市场监管局', '市市场监督管理局', 'the city bureau is a superior body'],
    ['县市场监管局', '清河市市场监督管理局', 'city level'],
    ['县文旅局', '县委宣传部', 'the superior Party department'],
    ['县文旅局', '县文化馆', 'a body under the bureau'],
    ['县科技局', '县教育科技局', 'a longer name ending in the same characters'],
    ['清河县教育局', '长宁县教育局', 'another county'],
    ['团县委', '团市委', 'city level'],
    ['县城管局', '县市场监管局', 'different departments'],
    ['市生态环境局清河分局', '市生态环境局', 'a branch is not the body above it'],
    ['市生态环境局清河分局', '市生态环境局长宁分局', 'branches in other places'],
    ['县市场监管局', '清河县市场监督管理局城关分局', 'a branch of the unit is a body below it'],
    ['县数据局', '清河县政务服务和大数据管理局', 'a merged body is named for its first part'],
    ['县体育局', '清河县教育体育局', 'a longer name ending in the same characters'],
  ])('%s is not %s (%s)', (a, b) => {
    expect(sameBody(a, b)).toBe(false);
  });

  it('reads place, level and department', () => {
    expect(parseBodyName('清河县市场监督管理局')).toEqual({ place: '清河', level: '县', dept: '市场监管局', known: true });
    expect(parseBodyName('市市场监督管理局')).toEqual({ place: '', level: '市', dept: '市场监管局', known: true });
    expect(parseBodyName('城市管理局')).toEqual({ place: '', level: null, dept: '城管局', known: true });
    expect(parseBodyName('共青团清河县委员会')).toEqual({ place: '清河', level: '县', dept: '团委', known: true });
    expect(parseBodyName('县新华书店')).toEqual({ place: '', level: '县', dept: '新华书店', known: false });
  });
});

describe('a unit and its names', () => {
  const wenlv = { key: '县文旅局', name: '清河县文化和旅游局', aliases: [] };
  const chuangwen = { key: '县创文办', name: null, aliases: ['清河县创建全国文明城市指挥部办公室'] };

  it('an issuer is the unit by key, full name, alias or the table', () => {
    expect(isUnit('清河县文化和旅游局', wenlv)).toBe(true);
    expect(isUnit('县文化广电和旅游局', wenlv)).toBe(true);
    expect(isUnit('清河县创建全国文明城市指挥部办公室', chuangwen)).toBe(true);
    expect(isUnit('清河县精神文明建设委员会办公室', chuangwen)).toBe(false);
    expect(isUnit('市文化和旅游局', wenlv)).toBe(false);
  });

  it('a text names the unit when a form of its name stands there at its level', () => {
    expect(textNamesUnit('移交单位：清河县文化和旅游局\n主要领导签字：王建国', wenlv)).toBe(true);
    expect(textNamesUnit('移交单位 县文旅局', wenlv)).toBe(true);
    expect(textNamesUnit('移交单位：清河市文化和旅游局', wenlv)).toBe(false);
    expect(textNamesUnit('移交单位：县委宣传部', wenlv)).toBe(false);
    expect(textNamesUnit('共青团清河县委员会台账移交单', { key: '团县委' })).toBe(true);
    expect(textNamesUnit('移交单位：清河县教育科技局', { key: '县科技局' })).toBe(false);
    expect(textNamesUnit('清河县创建全国文明城市指挥部办公室', chuangwen)).toBe(true);
  });

  it('a text names a county bureau by the branch of the city\'s it is, never by the city\'s bureau', () => {
    const eco = { key: '县生态环境分局' };
    expect(textNamesUnit('移交单位：市生态环境局清河分局', eco)).toBe(true);
    expect(textNamesUnit('移交单位：市生态环境局', eco)).toBe(false);
    expect(textNamesUnit('移交单位：市生态环境局长宁分局', { key: '清河县生态环境分局' })).toBe(false);
    const named = { key: '县生态环境分局', name: '市生态环境局清河分局' };
    expect(textNamesUnit('移交单位：市生态环境局清河分局', named)).toBe(true);
    expect(textNamesUnit('移交单位：市生态环境局', named)).toBe(false);
  });

  it('two units of the rule set the table reads as one body are told apart as written', async () => {
    const { isRuleUnit } = await import('../../src/units/rule-units.js');
    const rules = { units: { 县教育局: [], 县教体局: [] } };
    expect(ruleUnitFor('清河县教体局', rules)).toBe('县教体局');
    expect(ruleUnitFor('清河县教育局', rules)).toBe('县教育局');
    expect(ruleUnitFor('清河县教育和体育局', rules)).toBeNull();
    expect(isRuleUnit('清河县教体局', rules, '县教育局')).toBe(false);
    expect(isRuleUnit('清河县教体局', rules, '县教体局')).toBe(true);
    // Written as neither: the table's reading stands for both.
    expect(isRuleUnit('清河县教育和体育局', rules, '县教育局')).toBe(true);
    // A county with only one of them: the table's reading.
    expect(isRuleUnit('清河县教体局', { units: { 县教育局: [] } }, '县教育局')).toBe(true);
  });
});

describe('unit folders', () => {
  it.each([
    ['03 县文旅局（终稿）', '县文旅局'],
    ['县文旅局-2026', '县文旅局'],
    ['2026年 县文旅局 台账', '县文旅局'],
    ['01、县教育局', '县教育局'],
    ['07县住建局(定稿)', '县住建局'],
    ['县教育局', '县教育局'],
    ['2026', '2026'],
    ['０３　县文旅局', '县文旅局'],
    ['县文旅局 - 副本', '县文旅局'], // a copy is a folder of the unit (session 17; unit.several-folders when the original is there too)
    ['县文旅局20261020', '县文旅局'],
    ['县文旅局2026.10.20', '县文旅局'],
    ['县文旅局（定稿）(1)', '县文旅局'],
  ])('%s → %s', (folder, want) => {
    expect(cleanUnitFolderName(folder)).toBe(want);
  });

  const rules = {
    units: { 县文旅局: ['III-12'], 县市场监管局: ['II-1'], 县教育局: [] },
    unitNames: { 县文旅局: { name: '清河县文化和旅游局', aliases: [] } },
  };
  it('is matched to the rule-set unit it stands for', () => {
    expect(unitForFolder('03 县文旅局（终稿）', rules)).toBe('县文旅局');
    expect(unitForFolder('清河县文化和旅游局', rules)).toBe('县文旅局');
    expect(unitForFolder('清河县市场监督管理局-2026', rules)).toBe('县市场监管局');
    expect(unitForFolder('市市场监督管理局', rules)).toBe('市市场监督管理局');
    expect(unitForFolder('县卫健委', rules)).toBe('县卫健委');
  });

  it('two rule-set units with one identity are never guessed between', () => {
    expect(ruleUnitFor('清河县文化和旅游局', { units: { 县文旅局: [], 清河县文广旅局: [] } })).toBeNull();
    expect(ruleUnitFor('constructor', { units: {} })).toBeNull();
  });
});

describe('the rule set', () => {
  const freshDir = tempDirEach('lc-units-rules-');
  it('an indicator\'s responsible unit named in full is assigned to the unit it denotes', async () => {
    const { loadRules } = await import('../../src/rules/load.js');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const d = freshDir();
    const file = path.join(d, 'r.yaml');
    fs.writeFileSync(file, [
      'name: t', 'version: 1', 'extends: builtin',
      'units:', '  县文旅局: { name: 清河县文化和旅游局, indicators: [Ⅳ—2] }', '  县教育局: [Ⅲ—12]',
      'indicators:', '  - { code: Ⅲ—12, name: 我们的节日, units: [清河县文化和旅游局, 市文化和旅游局] }', '',
    ].join('\n'));
    const set = loadRules({ file });
    expect(set.units['县文旅局']).toEqual(['IV-2', 'III-12']);
    expect(set.units['清河县文化和旅游局']).toBeUndefined();
    // The city's bureau is not the county's: it stays a name of its own.
    expect(set.units['市文化和旅游局']).toEqual(['III-12']);
    expect(set.unitNames).toEqual({ 县文旅局: { name: '清河县文化和旅游局', aliases: [] } });
  });
});
