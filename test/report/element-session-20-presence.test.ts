/**
 * Session 20 (presence20): 取得成效 judged missing in reports that plainly tell one (the check's precision). Each principle in
 * general terms, with rows just inside and just outside its line, in this test's own words (not taken from fixtures/elements/):
 * - framing: a heading of problems frames its section, but a sentence under it telling a change reached, marked as one, with no
 *   shortcoming, problem or cause in it, is the account of what was reached;
 * - the writer's key: a good state told plainly is claimed as reached when the writer keys it as the outcome (成效： / 三、成效);
 * - a mask's scope: a bad thing rising voids its clause, not the sentence; a wish of the served is theirs, to its clause's end;
 *   the value before a change (由不足三成…) is no shortcoming now; a bad state turned (冷清的局面明显改观) is a bad thing ended;
 *   the head of what grows is read after its last 的;
 * - forms the rules did not know: a new state told with the 了 of a change in a clause opening on now; a rate in words; a
 *   recognition by the press about this work, an award handed to the unit, a rank moved up; a wish come true; a custom taking hold;
 *   people's drive high; a rate holding and rising; a state restored.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

const TITLE = '白沙县文化馆关于文明创建工作情况的报告';
function evidence(lines: string[]): string[] {
  const seg = segment({ text: normalizeText([TITLE, ...lines].join('\n'), { styled: [] }), styled: [] });
  return (elementEvidence(seg)['取得成效'] ?? []).map((x) => x.words);
}
const has = (lines: string[]) => evidence(lines).length > 0;

describe('session 20: framing — a change reached under a heading of problems', () => {
  it('a change reached, marked as one, is read under 存在问题 and 原因分析', () => {
    expect(has(['一、存在问题', '今年馆里对阅览区开展整治，占道堆放的杂物明显减少。', '但对照测评要求仍有差距：一是周末值守不稳定。'])).toBe(true);
    expect(has(['一、存在问题', '今年馆里延长开放时间，到馆读者由每天80人次提高到150人次。', '但周末值守仍不稳定。'])).toBe(true);
  });
  it('just outside: the shortcoming, a complaint or a problem told in an outcome’s words stays the section’s', () => {
    expect(has(['一、存在问题', '但对照测评要求仍有差距：一是周末值守不稳定。'])).toBe(false);
    expect(has(['一、存在问题', '读者反映“只在检查时开门”。'])).toBe(false);
    expect(has(['一、存在问题', '雨雪天气门前拥堵更加严重。'])).toBe(false);
    expect(has(['一、存在问题', '志愿者服务氛围浓厚，但存在重形式、轻实效的问题。'])).toBe(false);
    expect(has(['一、存在问题', '乱摆乱放现象明显减少，但反弹现象时有发生。'])).toBe(false);
    expect(has(['二、原因分析', '问题的根源在于周末值守人员明显减少。'])).toBe(false);
    // review20: a cause told with a change, a gain as a problem's background, a relapse.
    expect(has(['二、原因分析', '近年来城区机动车保有量大幅提高，停车需求激增。', '但停车位建设仍然滞后。'])).toBe(false);
    expect(has(['一、存在问题', '一是农村人居环境明显改善后，后续管护跟不上。', '二是资金不足。'])).toBe(false);
    expect(has(['一、存在问题', '整治后市场周边秩序一度好转，检查组走后占道经营又有抬头。', '二是资金不足。'])).toBe(false);
  });
  it('just outside: a change told in a problems section that never turns to a shortcoming is not read', () => {
    expect(has(['一、存在问题', '今年馆里对阅览区开展整治，占道堆放的杂物明显减少。'])).toBe(false);
  });
  it('just outside: a change not marked as reached (a state had, a praise) is not read there', () => {
    expect(has(['一、存在问题', '读者都说这里环境不错，有了看书的去处。'.replace('有了看书的去处', '常来看书')])).toBe(false);
  });
});

describe('session 20: the writer’s key — a good state claimed as the outcome', () => {
  it('a plain good state or a rate under 成效： / 效果， or a heading 三、成效 is claimed', () => {
    expect(has(['成效：街巷环境整洁，居民放心。'])).toBe(true);
    expect(has(['效果，群众满意度97.5%。'])).toBe(true);
    expect(has(['三、成效', '集贸市场摊位整洁，通道顺畅。'])).toBe(true);
    expect(has(['成效：老人吃上热乎饭；', '子女满意度98%'])).toBe(true);
  });
  it('just outside: the same state unkeyed, or keyed but an aim, a count of work, a remainder or an attendance rate', () => {
    expect(has(['街巷环境整洁，居民放心。'])).toBe(false);
    expect(has(['三、做法', '集贸市场摊位整洁，通道顺畅。'])).toBe(false);
    expect(has(['成效：力争街巷环境整洁。'])).toBe(false);
    expect(has(['成效：开展宣传活动12场。'])).toBe(false);
    expect(has(['成效：部分街巷仍不整洁。'])).toBe(false);
    expect(has(['效果，参训率98%。'])).toBe(false);
    // review20: a scoring rule keyed as the outcome (a 考核细则) is a criterion.
    expect(has(['工作成效：辖区环境整洁有序，群众满意度90%以上的得20分。'])).toBe(false);
    // review20 (grey): the work's manner and the unit's own staff under the key.
    expect(has(['成效：各项工作推进有序。'])).toBe(false);
    expect(has(['成效：干部队伍总体稳定。'])).toBe(false);
    expect(has(['预期成效：群众满意度97.5%。'])).toBe(false);
  });
});

describe('session 20: a mask’s scope', () => {
  it('a bad thing rising voids its clause only; alone it is still no outcome', () => {
    expect(has(['全年未发生一起火灾事故，商户主动报告隐患的情况明显增多。'])).toBe(true);
    expect(has(['今年商户投诉明显增多。'])).toBe(false);
  });
  it('a wish of the served is theirs; the writer’s own wish still cuts the sentence', () => {
    expect(has(['不少家长留言希望延长开放时间，孩子们的阅读兴趣明显增强。'])).toBe(true);
    expect(has(['我们希望孩子们的阅读兴趣明显增强。'])).toBe(false);
  });
  it('the value before a change is no shortcoming; a value short now is', () => {
    expect(has(['分类投放准确率由不足三成提高到七成。'])).toBe(true);
    expect(has(['分类投放准确率仍不足三成。'])).toBe(false);
  });
  it('a bad state turned is a bad thing ended; a place gone quiet is a loss', () => {
    expect(has(['老街冷清的局面明显改观。'])).toBe(true);
    expect(has(['老街现在冷清了。'])).toBe(false);
  });
  it('the head of what grows is after its last 的: a 小组 named before it is no team of the unit', () => {
    expect(has(['学生报名兴趣小组的热情明显高了。'])).toBe(true);
    expect(has(['将专班成员由5人增加到9人。'])).toBe(false);
  });
});

describe('session 20: words the classes lacked', () => {
  it('a harm that did not happen, a recognition with its grantor, a comparison doubled, a state held, a plain state marked', () => {
    expect(has(['清明期间公墓区域未发生火情。'])).toBe(true);
    expect(has(['服务站被街道推荐为年度优秀志愿服务站。'])).toBe(true);
    expect(has(['这项做法获市文明办通报肯定。'])).toBe(true);
    expect(has(['申报的家庭比去年同期翻了一番。'])).toBe(true);
    expect(has(['县城卫生面貌总体保持良好。'])).toBe(true);
    expect(has(['沿街立面明显清爽。'])).toBe(true);
  });
  it('just outside: a harm named as a risk, a listing for rectification', () => {
    expect(has(['清明期间要严防发生火情。'])).toBe(false);
    expect(has(['服务站被街道列为整改对象。'])).toBe(false);
    expect(has(['沿街立面清爽。'])).toBe(false);
  });
});

describe('session 20: forms of an outcome the rules did not know', () => {
  it('a new state told with the 了 of a change, in a clause opening on now', () => {
    expect(has(['现在，孩子能自己穿衣吃饭了。'])).toBe(true);
    expect(has(['如今巷子里基本不见乱扔的烟头了。'])).toBe(true);
    expect(has(['现在要开始分班了。'])).toBe(false);
    expect(has(['现在年轻人都爱刷手机了。'])).toBe(false);
    expect(has(['现在，路口早晚都不堵了。'])).toBe(true);
    expect(has(['现在没人来借书了。'])).toBe(false);
    expect(has(['现在我们也不去了。'])).toBe(false);
    // review20: the unit's own people and arrangements are its routine.
    expect(has(['现在机关党员每周都到社区报到了。'])).toBe(false);
    expect(has(['现在各股室都有专人负责台账了。'])).toBe(false);
    // review20: a doer of the work named by its role is a service's routine; the served named so (学员) are not.
    expect(has(['现在志愿者每周都来陪老人聊天了。'])).toBe(false);
    expect(has(['现在学员都能独立操作了。'])).toBe(true);
  });
  it('a rate in words; not a rate of attendance', () => {
    expect(has(['复查时拒售率到了百分之九十六。'])).toBe(true);
    expect(has(['培训参训率到了百分之九十六。'])).toBe(false);
  });
  it('recognition: the press about this work, an award handed to the unit, a rank moved up', () => {
    expect(has(['《白沙日报》对此作了专题报道。'])).toBe(true);
    expect(has(['市妇联给我们颁发了“巾帼文明岗”牌子。'])).toBe(true);
    expect(has(['在全市测评中，综合排名较去年前移5位。'])).toBe(true);
    expect(has(['白沙日报6月3日报道，县文化馆举办了非遗展演。'])).toBe(false);
    expect(has(['力争综合排名提升的目标。'])).toBe(false);
  });
  it('a wish come true; making it come true is an aim', () => {
    expect(has(['居民“出门见绿”的愿望变成了现实。'])).toBe(true);
    expect(has(['努力让居民的愿望变成现实。'])).toBe(false);
  });
  it('a custom taking hold, people’s drive high, a rate holding and rising, a state restored', () => {
    expect(has(['鲜花祭扫渐成风尚。'])).toBe(true);
    expect(has(['群众健身热情高涨。'])).toBe(true);
    expect(has(['群众满意率稳中有升。'])).toBe(true);
    expect(has(['消防通道恢复畅通。'])).toBe(true);
    expect(has(['要激发群众健身热情。'])).toBe(false);
    expect(has(['力争满意率稳中有升。'])).toBe(false);
    expect(has(['消防通道尚未恢复畅通。'])).toBe(false);
  });
});

describe('session 20, second increment: effects on people told plainly', () => {
  it('a causative told done; the same without 了 is an aim', () => {
    expect(has(['展览让年轻人知道了小城的来历。'])).toBe(true);
    expect(has(['展览要让年轻人知道小城的来历。'])).toBe(false);
    expect(has(['展览让年轻人知道小城的来历。'])).toBe(false);
  });
  it('being taught something', () => {
    expect(has(['参观的老教师说，大家很受教育。'])).toBe(true);
    expect(has(['要让大家受教育。'])).toBe(false);
  });
  it('the served able by themselves now, or doing it of their own accord; not an aim, not a body named with 会', () => {
    expect(has(['轮椅用户说，他现在能自己进大厅办事。'])).toBe(true);
    expect(has(['家长说，孩子在小区见到邻居也会主动问好。'])).toBe(true);
    expect(has(['引导孩子在小区见到邻居也会主动问好。'])).toBe(false);
    expect(has(['学生会自己选了几个监督员。'])).toBe(false);
  });
  it('a harm that did not come about, no complaint received; a complaint received is none', () => {
    expect(has(['全年未出现因资金问题影响工期的情况。'])).toBe(true);
    expect(has(['考试期间未接到考生对考点噪声的投诉。'])).toBe(true);
    expect(has(['考试期间接到考生对考点噪声的投诉3件。'])).toBe(false);
  });
  it('thanks from the served; the writer’s own thanks are none', () => {
    expect(has(['申请执行人纷纷表示感谢。'])).toBe(true);
    expect(has(['我们向协办单位表示感谢。'])).toBe(false);
    expect(has(['对各协办单位专门表示感谢。'])).toBe(false);
  });
  it('a work taken up among the people, a problem put right, a rate measured in a survey', () => {
    expect(has(['这首创文歌在大街小巷传唱开来。'])).toBe(true);
    expect(has(['盲道被占问题得到纠正。'])).toBe(true);
    expect(has(['创建知晓率在县统计局调查中达到96.5%。'])).toBe(true);
    expect(has(['要求盲道被占问题限期纠正。'])).toBe(false);
    expect(has(['知晓率在调查中要求达到95%。'])).toBe(false);
  });
  it('under the key, all of the served reached; unkeyed it is no claim', () => {
    expect(has(['成效：复查时周边门店全部拒绝向未成年人售烟。'])).toBe(true);
    expect(has(['复查时周边门店全部拒绝向未成年人售烟。'])).toBe(false);
  });
});

describe('session 20, after the tuning check (in-sample on 11501–11985)', () => {
  it('a good state paired with a second quality under the key; unkeyed none', () => {
    expect(has(['三、工作成效', '围挡广告应设尽设，画面整洁醒目。'])).toBe(true);
    expect(has(['三、工作开展', '围挡广告应设尽设，画面整洁醒目。'])).toBe(false);
  });
  it('the unit’s own account keyed under a heading of problems; a problem keyed so stays one', () => {
    expect(has(['四、存在问题', '夜间开放宣传不够。', '自评说明：错时开放后，周末到馆人数明显增加。'])).toBe(true);
    expect(has(['四、存在问题', '夜间开放宣传不够。', '错时开放后，周末到馆人数明显增加。'])).toBe(false);
    expect(has(['四、存在问题', '自评说明：夜间到馆人数仍不足，宣传不够。'])).toBe(false);
  });
  it('the served knowing in the perfective; feeling respected', () => {
    expect(has(['学生们通过展板认识了家乡的革命先辈。'])).toBe(true);
    expect(has(['要让学生们通过展板认识家乡的革命先辈。'])).toBe(false);
    expect(has(['老兵们说，走到哪儿都感到被尊重。'])).toBe(true);
  });
});
