/**
 * Session 22 (genre22): session 21's open misreadings, each a general rule with its boundary (hand-written sentences, not
 * train reports). Rules alone (rules-alone.ts): the learned veto is undone, so a row tests the detector.
 */
import { describe, expect, it } from 'vitest';
import { run } from './rules-alone.js';
import { maskUnclaimed } from '../../src/text/element-claims.js';

describe('another body’s field is its own line (督办事项：… / 整改要求：…)', () => {
  run([
    ['具体措施', '+', 'the unkeyed reply line after the quoted fields is the unit’s account', ['县某局督办单办理情况回复', '督办事项：小区消防通道被占用。整改要求：限期清理。', '组织物业清理占道车辆56辆次。']],
    ['具体措施', '-', 'on the key’s own line the text is still the superior’s', ['县某局督办单办理情况回复', '督办事项：小区消防通道被占用。整改要求：限期清理。组织物业清理占道车辆56辆次。']],
    ['具体措施', '-', 'a key alone on its line heads the lines under it', ['县某局督办单办理情况回复', '整改要求：', '组织物业清理占道车辆56辆次。']],
  ]);
});

describe('the account after an instrument’s dated sign-off', () => {
  const notice = ['县某局关于组织开展学雷锋志愿服务活动的通知', '各科室：', '我局定于3月5日在人民广场开展学雷锋志愿服务活动，请各科室报送名单。', '县某局', '2026年3月1日'];
  run([
    ['具体措施', '+', 'what follows the sign-off is the unit’s account of carrying it out', [...notice, '3月5日，我局组织志愿者在人民广场开展义诊服务，服务群众200余人。']],
    ['具体措施', '-', 'the same line inside the notice, before the sign-off, is what it announces', [notice[0]!, notice[1]!, '3月5日，我局组织志愿者在人民广场开展义诊服务。', notice[3]!, notice[4]!]],
    ['具体措施', '-', 'an attachment’s own title after the sign-off is an instrument again', [...notice, '2026年学雷锋志愿服务活动方案', '组织志愿者在人民广场开展义诊服务。']],
  ]);
});

describe('a sentence split at ； goes on with the one before it', () => {
  const head = ['县某局关于建设口袋公园的请示', '县政府：'];
  const tail = ['恳请县政府予以安排。', '妥否，请批示。'];
  run([
    ['具体措施', '+', 'told done before ；, told done after it', [...head, '今年3月以来，我局对闲置地块进行了踏勘；在文化路先行建成口袋公园2处。', ...tail]],
    ['具体措施', '-', 'after 。 the next sentence is read alone (an instrument’s, not told done)', [...head, '今年3月以来，我局对闲置地块进行了踏勘。在文化路先行建成口袋公园2处。', ...tail]],
  ]);
});

describe('下一步 inside a paragraph turns the rest of it to plans', () => {
  run([
    ['具体措施', '-', 'the half after ； of a 下一步 sentence', ['县某局工作情况说明', '整改由局长负总责。下一步，我局拟于12月前开展联合排查；邀请居民代表担任监督员，年底前组织体验活动。']],
    ['具体措施', '+', 'the sentence before 下一步 is still the account', ['县某局工作情况说明', '我局邀请居民代表担任无障碍监督员。下一步，我局将继续开展联合排查。']],
  ]);
});

describe('an instrument joined to its account with no part marked as the account', () => {
  const body = ['办法规定：各村每月考评一次。', '一季度，专班共开展月度考评3轮，抽查自然村点位126个。'];
  run([
    ['具体措施', '+', 'the body is the account the title promises', ['东坝镇村庄保洁考评办法及实施情况', ...body]],
    ['具体措施', '-', 'the instrument alone: its body is assigned, not told done', ['东坝镇村庄保洁考评办法', ...body]],
  ]);
});

describe('a script’s present is the event held', () => {
  run([
    ['具体措施', '+', '今天，我们在…举行 in a 主持词', ['社区垃圾分类主题宣传活动主持词', '各位居民朋友，大家上午好！', '今天，我们在社区广场举行垃圾分类主题宣传活动。']],
    ['具体措施', '-', 'the same words in a plan', ['社区垃圾分类主题宣传活动方案', '今天，我们在社区广场举行垃圾分类主题宣传活动。']],
    ['具体措施', '-', 'a script’s future', ['社区垃圾分类主题宣传活动主持词', '各位居民朋友，大家上午好！', '明天，我们将在社区广场举行垃圾分类主题宣传活动。']],
  ]);
});

describe('a text’s own summing up (结语 / 启示) in the unit’s account', () => {
  run([
    ['取得成效', '+', 'a 大事记’s 结语', ['河口镇集镇整治工作大事记', '一、一月', '1月6日，镇党委会议研究集镇整治工作。', '二、结语', '经过半年整治，集镇主街占道经营基本消除，镇容镇貌明显改观。']],
    ['取得成效', '-', 'a paper’s 结语 naming no unit is general', ['论县城环境治理的路径', '摘要：本文讨论县城环境治理。', '关键词：环境治理；县城', '一、结语', '经过整治，各地镇容镇貌明显改观。']],
  ]);
});

describe('the unit’s own answer keyed 自查： under the standard quoted', () => {
  run([
    ['具体措施', '+', '自查：… under 测评标准', ['某支行测评项目自查报告', '一、测评标准', '营业网点设爱心窗口和无障碍设施。', '自查：辖内6个网点均设置爱心窗口，加装无障碍坡道。']],
    ['具体措施', '-', 'unkeyed under 测评标准 it is the standard', ['某支行测评项目自查报告', '一、测评标准', '营业网点设爱心窗口和无障碍设施。', '辖内网点设置爱心窗口，加装无障碍坡道。']],
  ]);
});

describe('a form’s signature fields are apparatus', () => {
  const body = ['县某局督办单回复', '我局组织清理占道车辆56辆次。'];
  run([
    ['主体责任', '-', 'signature fields one to a line', [...body, '经办人：刘晓燕', '科室负责人：孙立群', '分管领导签字：韩志刚', '主要领导签字：']],
    ['主体责任', '-', 'signature fields on one line', [...body, '经办人：刘晓燕　科室负责人：孙立群　分管领导签字：韩志刚']],
    ['主体责任', '+', 'a 负责人 key with no signing key beside it states the assignment', [...body, '项目负责人：副局长张伟']],
    ['主体责任', '-', 'a 督办单 in the title is no one 督办-ing', ['县创建文明城市工作指挥部办公室督办单（回复件）', '我局组织清理占道车辆56辆次。']],
  ]);
});

describe('the unit named by its standard short name in a paper', () => {
  const paper = (line: string) => ['农村科普工作的创新路径', '清河县科学技术协会', '摘要：本文讨论农村科普。', '关键词：科普；农村', line];
  run([
    ['具体措施', '+', '县科协 is 清河县科学技术协会', paper('县科协组织科普大篷车进村巡展36场。')],
    ['具体措施', '-', '市科协 is another body', paper('市科协组织科普大篷车进村巡展36场。')],
  ]);
});

describe('roles in charge', () => {
  const t = (line: string) => ['县某局工作情况说明', line];
  run([
    ['主体责任', '+', '由…任专班负责人', t('大队由教导员刘振任专班负责人，每周组织劝导。')],
    ['主体责任', '+', '我受局党组委托牵头', t('今年我受局党组委托牵头农贸市场创建工作。')],
    ['主体责任', '-', '我受邀参加 is no charge', t('今年我受邀参加农贸市场创建工作。')],
    ['主体责任', '+', 'the unit’s own 部 leading (宣教部牵头)', t('县总工会把弘扬劳模精神作为重点，宣教部牵头组织实施。')],
    ['主体责任', '-', 'a county party department leading is another body', t('由县委宣传部牵头组织实施。')],
  ]);
});

describe('clauses that claim something after all (mood21’s misfires)', () => {
  const same = (s: string) => expect(maskUnclaimed(s)).toBe(s);
  const masked = (s: string) => expect(maskUnclaimed(s)).not.toBe(s);
  it('罚没款 is a word; 没有罚款 is negated', () => {
    same('立案查处违规门店11家，罚没款合计9.8万元。');
    masked('今年没有罚款。');
  });
  it('未检 (未成年人检察) is a word; 未检定 is negated', () => {
    same('我院获评全市优秀未检品牌。');
    masked('计量器具未检定。');
  });
  it('a negation that is what the unit acted on (查处未戴头盔…)', () => {
    same('全年查处未戴头盔违法行为5120起。');
    masked('部分骑手仍未佩戴头盔。');
  });
  it('可能 inside a 的-phrase qualifies the noun', () => {
    same('当场更换波纹管，避免了一起可能发生的燃气事故。');
    masked('此举可能减少投诉。');
  });
  it('the served’s need is a fact about them', () => {
    same('周边居民买菜需要步行二十多分钟。');
    masked('护栏需要整体更换。');
  });
});
