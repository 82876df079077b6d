/**
 * Session 44 (the thirty-ninth set, moved to train): what set 39 showed the rules missing or taking wrongly.
 * 具体措施: records put in order, counted (整理档案236卷), and a thing bought (添置档案柜) are the unit's; a city body's own check of
 * the county, a hotel's own self-check in a register row, an operator's or a section's own deed are not. 取得成效: an idea accepted,
 * a deterrent effect showing, wages paid in full, a cost or a size smaller, a stand taken, a rating at an inspection, a fall against
 * last year. 主体责任: the head of a market's operator, named first, is another side's.
 * Each rule has its other side: the same words as an aim, a demand, another's deed, or the unit's own.
 */
import { describe, expect, it } from 'vitest';
import { measures } from '../../src/text/element-measures.js';
import { results } from '../../src/text/element-results.js';
import { responsibility } from '../../src/text/element-responsibility.js';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const ANY = '清河县某单位关于有关工作的情况说明';
const measure = (text: string, title = ANY) => measures({ text, title, role: undefined, heading: false, firm: false, index: 1 } as never);
const outcome = (text: string, title = ANY) => results({ text, title, role: 'body', heading: false, firm: false, index: 1 } as never);
const hasData = (lines: string[]) =>
  (elementEvidence(segment({ text: normalizeText(lines.join('\n')), styled: [] }))['数据实例'] ?? []).length > 0;
const charge = (text: string, title = ANY) => responsibility({ text, title, firm: false, index: 1 } as never);

describe('session 44: the unit\'s measures', () => {
  const deeds: [string, string][] = [
    ['archives put in order, counted in 卷', '今年4月，村里对近十年的村务档案进行了清理，共整理村级档案118卷。'],
    ['pages scanned, counted in 万页', '档案室扫描婚姻登记档案2.3万页。'],
    ['files bound, counted', '装订文书档案46盒。'],
    ['a thing bought for the archive (添置)', '社区添置密集架3组。'],
    ['archive cabinets bought (档案柜 is a thing, not a record)', '局里新购置档案柜4组。'],
  ];
  for (const [what, line] of deeds) it(`reads ${what}`, () => expect(measure(line)).not.toBeNull());

  const none: [string, string][] = [
    ['sections filing their own papers', '各股室整理归档文件560件。'],
    ['villages told to put archives in order', '督促各村整理档案120卷。'],
    ['archives to be scanned', '下半年将扫描档案1.2万页。'],
    ['a city unit checking the county\'s places', '督查期间，市卫生健康综合监督执法支队抽查游泳场所8家。'],
    ['a city commission\'s team checking the county', '市卫健委督查组对我县3家医院进行检查。'],
    ['a hotel\'s own self-check in a register row', '5月8日｜清风宾馆｜床上用品更换、消毒｜宾馆自查：每客一换'],
    ['a market\'s own self-check in a register row', '6月2日｜东关市场｜公平秤更换、校准｜市场自查：秤具已校准'],
    ['operators posting their own signs', '经营者自行张贴公示牌。'],
    ['operators fitting their own cameras, counted', '经营者自行安装监控设备3台。'],
    ['projects listed after their count (stock)', '今年全县在建交通项目共5个，包括人民路改造、北关桥维修等工程，总投资1.2亿元。'],
    ['sections filing on their own', '户籍登记、财务等股室自行整理本股室文件，按时移交档案室。'],
  ];
  for (const [what, line] of none) it(`does not read ${what}`, () => expect(measure(line)).toBeNull());

  it('reads works the unit told done, listed without a count of projects before', () =>
    expect(measure('今年我局实施了一批工程，包括人民路改造、北关桥维修等工程。')).not.toBeNull());
  it('reads a county body whose name opens with 市 (市政 / 市容) checking', () => {
    expect(measure('市政管理中心还检查了城区路灯120盏。', '清河县城市管理局关于路灯检查的说明')).not.toBeNull();
    expect(measure('市容管理大队对主街门店检查20家。', '清河县城市管理局关于门前三包检查的说明')).not.toBeNull();
  });
  it('reads works the unit told done', () => expect(measure('我局完成人民路改造等工程。')).not.toBeNull());
  it('reads a city body\'s check in that body\'s own report', () =>
    expect(measure('督查期间，市卫生健康综合监督执法支队抽查游泳场所8家。', '市卫生健康综合监督执法支队关于游泳场所专项督查的情况说明')).not.toBeNull());
  it('reads the county body\'s own check (市场 opens a county body, not a city\'s)', () =>
    expect(measure('城关市场监管所还抽查了辖区超市12家。', '城关市场监管所关于超市检查的情况说明')).not.toBeNull());
  it('reads the unit\'s own check in a register row next to a self-check cell of the unit', () =>
    expect(measure('5月8日｜清风宾馆｜床上用品更换｜我所现场检查，督促整改')).not.toBeNull());
});

describe('session 44: outcomes', () => {
  const told: [string, string][] = [
    ['an idea told accepted', '“婚事新办”的理念逐步被群众接受。'],
    ['a new way told accepted', '文明祭扫的做法已被多数家庭认同。'],
    ['a deterrent effect showing', '集中曝光后，联合惩戒的震慑作用明显显现。'],
    ['a model effect told plain', '示范点的带动作用初步显现。'],
    ['wages paid in full', '春节前所有项目农民工工资全额兑付。'],
    ['wages in hand', '农民工工资足额到手。'],
    ['a size smaller', '宴席规模普遍缩小。'],
    ['a burden lighter', '群众人情负担明显减轻。'],
    ['a fall against last year', '彩礼金额较去年明显回落。'],
    ['a stand taken', '参加活动的青年对天价彩礼普遍持反对态度。'],
    ['a rating at an inspection', '县档案馆验收时评为机关档案规范化达标单位。'],
  ];
  for (const [what, line] of told) it(`reads ${what}`, () => expect(outcome(line)).not.toBeNull());

  const none: [string, string][] = [
    ['an effect to be given play', '要充分发挥示范带动作用。'],
    ['a size to shrink, as an aim', '力争宴席规模普遍缩小。'],
    ['an idea to be accepted', '努力让新理念被群众接受。'],
    ['wages to be paid in full, as a demand', '要求各施工企业确保工资足额发放到位。'],
    ['a rise against last year with its amount (a count, not an outcome)', '活动场次比去年增加5场。'],
    ['a stand without a word of how many hold it', '对天价彩礼持反对态度的青年。'],
    ['a rating without what it rated', '验收时评为'],
    ['a bound on ratings', '验收中评为达标单位的不超过总数的三成。'],
    ['a model effect as a quality of those chosen', '选树示范作用明显的典型户。'],
    ['a smaller size as what a proposal asks', '出台婚宴规模缩小的倡议。'],
  ];
  for (const [what, line] of none) it(`does not read ${what}`, () => expect(outcome(line)).toBeNull());
});

describe('session 44: another side\'s head', () => {
  it('does not read a market operator\'s manager, named first, as the unit\'s', () =>
    expect(charge('东关农贸市场经理王大勇作为市场开办方负责人，牵头市场自查。')).toBeNull());
  it('reads the unit\'s own head in the same words', () =>
    expect(charge('所长李明作为创建工作负责人，牵头市场检查。')).not.toBeNull());
  it('reads the unit saying it is the operator', () =>
    expect(charge('我所作为市场开办方的监管单位，所长李明牵头负责。')).not.toBeNull());
});

describe('session 44: a container\'s size names its kind', () => {
  const T = '西关村人居环境整治情况说明';
  it('takes no data from a bin\'s size in a register row, before the bin, or in brackets', () => {
    expect(hasData([T, '村委会从镇里领回分类垃圾桶，放到主街和胡同口。', '分类垃圾桶｜240升｜东片村民小组｜4月6日'])).toBe(false);
    expect(hasData([T, '村委会在主街放置240升分类垃圾桶。'])).toBe(false);
    expect(hasData([T, '村委会在主街放置分类垃圾桶（120升）。'])).toBe(false);
  });
  it('reads how many bins were set out, and a volume of work', () => {
    expect(hasData([T, '村委会在主街放置240升分类垃圾桶12个。'])).toBe(true);
    expect(hasData([T, '分类垃圾桶｜240升｜12个｜4月6日'])).toBe(true);
    expect(hasData([T, '本月共消杀用药32升。'])).toBe(true);
  });
});
