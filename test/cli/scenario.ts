/**
 * The acceptance folder: a missing 说明报告, a photo taken outside the period and a
 * report without 数据实例 — and nothing else wrong.
 */
import { makeJpeg, type ExifSpec } from '../../fixtures/build/jpeg.js';
import { makePdf } from '../../fixtures/build/pdf.js';
import { makeDocx } from '../../fixtures/build/docx.js';
import { reportParas, signoffParas } from '../../fixtures/build/texts.js';
import { writeFile } from './helpers.js';

export const SCENARIO_RULES = `# e2e rules
name: 验收规则
version: 1
period: { start: 2025-08-01, end: 2026-07-31 }
deadline: 2026-10-26
defaults:
  photo: { min: 2, minBytes: 0, minWidth: 640, minHeight: 480, caption: [时间] }
  report: { minChars: 100, minDataPoints: 0, minCitations: 1 }
units:
  县教育局: [Ⅱ—8, Ⅲ—15]
indicators:
  - { code: Ⅱ—8, name: 未成年人思想道德建设 }
  - { code: Ⅲ—15, name: 志愿服务 }
`;

const cam = (date: string): ExifSpec => ({
  dateTimeOriginal: `${date} 09:30:00`,
  createDate: `${date} 09:30:00`,
  modifyDate: `${date} 09:30:00`,
  offsetTimeOriginal: '+08:00',
  make: 'Canon',
  model: 'EOS 90D',
});

export async function buildScenario(root: string, opts: { broken?: boolean } = {}): Promise<void> {
  const pic = (seed: number, date: string) => makeJpeg({ seed, width: 800, height: 600, noise: 10, quality: 80, exif: cam(date), thumbnail: true });
  const u = `${root}/县教育局`;
  writeFile(u, 'Ⅱ—8 未成年人思想道德建设/2026-03-05 县实验小学 学雷锋活动.jpg', await pic(1, '2026-03-05'));
  writeFile(u, 'Ⅱ—8 未成年人思想道德建设/2026-04-23 县第一中学 读书分享会.jpg', await pic(2, '2026-04-23'));
  writeFile(u, 'Ⅲ—15 志愿服务/2026-03-12 城关镇 植树志愿服务.jpg', await pic(3, '2026-03-12'));
  // Taken two months before the period began (its name says so too, so the caption agrees).
  writeFile(u, 'Ⅲ—15 志愿服务/2025-06-01 城关镇 敬老志愿服务.jpg', await pic(4, '2025-06-01'));
  const paras = reportParas({ unit: '县教育局', indicator: '志愿服务', date: '2026-06-28', omit: ['数据实例'] });
  writeFile(u, 'Ⅲ—15 志愿服务/说明报告.docx', await makeDocx({ paragraphs: paras, created: '2026-06-28T09:00:00Z' }));
  writeFile(u, '移交签单.pdf', makePdf({ pages: [signoffParas({ unit: '县教育局', leader: '王建国', date: '2026-10-20' }).map((p) => p.text)] }));
  if (opts.broken) writeFile(u, 'Ⅱ—8 未成年人思想道德建设/坏文件.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
}
