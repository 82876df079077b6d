/**
 * Session 21, helper `review21`: precision review of the session's detector changes. Each row is a clerk's sentence in this
 * test's own words (not from fixtures/elements/), just inside or just outside a new rule, with the verdict the label standard
 * gives (fixtures/elements/README.md "Label standard" / "Judgement calls"), decided before running the tool.
 */
import { describe } from 'vitest';
import { run } from './rules-alone.js';

// The rules alone (test/report/rules-alone.ts): the vetoes undone, so a row tests the detector, not the retrained weights.
const report = (unit: string, topic: string, ...body: string[]) => [`${unit}关于${topic}的情况报告`, ...body, unit];
const summary = (unit: string, ...body: string[]) => [`${unit}2025年文明创建工作总结`, ...body, unit];

describe('review21: mood21 798cfce9 — a conditional ends at a clause counting what was done; the served’s need is theirs', () => {
  run([
    ['具体措施', '+', 'a habit told with its year’s tally (一旦…立即…，全年下架…)', summary('清河县市场监管局', '一旦发现过期食品，执法人员立即下架封存，全年下架过期食品320余件。')],
    ['数据实例', '+', 'a habit told with its year’s tally (如果…当天…，今年共处理…)', report('清河县幸福社区', '网格化管理', '如果居民反映问题，网格员当天上门处理，今年共处理问题326件。')],
    ['数据实例', '-', 'just inside: a hypothesis with a figure still to come (如果…，将增设…)', report('清河县城管局', '排水防涝', '如果遇到强降雨，将在低洼路段增设排水泵2台。')],
    ['具体措施', '+', 'the served’s need as what the deed answers (根据村民需要…)', report('清河县河西村', '亮化', '根据村民需要在村口安装路灯20盏。')],
    ['具体措施', '-', 'just inside: the unit’s own need (需要整体更换)', ['清河县城管局关于公厕设施情况的说明', '城区公厕设施老化，需要整体更换。', '清河县城管局']],
  ]);
});

describe('review21: mood21 798cfce9 — 万一 inside a numeral is no condition', () => {
  run([
    ['数据实例', '+', 'a count in Chinese numerals holding 万一 (一万一千余条)', report('清河县城管局', '公厕管理', '扫码评价一万一千余条，好评率超九成。')],
    ['具体措施', '-', 'just inside: 万一 opening a hypothesis (万一…，将…)', report('清河县城管局', '公厕管理', '万一遇到停水，将临时调用流动厕所。')],
  ]);
});
