import {
  formatScore,
  periodName,
  type IssuedReport,
  type PeriodicReportDraft,
  type PeriodicReportFigures,
  type PeriodicReportTexts,
  type ReportIssue,
} from '@ocop/domain';
import type { AdministrativeDocument, DocumentBlock } from './administrative-document';
import { dayText, integerText, percentText, quarterText } from './document-numbers';

/** What the document of a periodic report is made of, issued or draft alike. */
export interface PeriodicReportSource {
  title: string;
  issuingBody: { parent: string; name: string };
  figures: PeriodicReportFigures;
  texts: PeriodicReportTexts;
  issue: ReportIssue;
  draft: boolean;
}

/** An issued version, exactly as frozen. */
export function issuedReportDocument(report: IssuedReport): AdministrativeDocument {
  return periodicReportDocument({ ...report, draft: false });
}

/**
 * The live draft with the texts being written: not numbered nor dated yet ('Số:      /BC-UBND', blanks for
 * the day), the suggested place, signer and recipients, marked 'DỰ THẢO'.
 */
export function draftReportDocument(
  draft: PeriodicReportDraft,
  texts: PeriodicReportTexts,
): AdministrativeDocument {
  return periodicReportDocument({
    title: draft.title,
    issuingBody: draft.issuingBody,
    figures: draft.figures,
    texts,
    issue: { ...draft.suggestedIssue, number: '     /BC-UBND', issuedOn: '' },
    draft: true,
  });
}

/** 'Báo cáo kết quả …' → 'Kết quả …': the kind is printed above the title, not repeated in it. */
function trichYeu(title: string): string {
  const rest = title.replace(/^Báo cáo\s+/i, '');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/** 'UBND HUYỆN VĂN QUAN' → 'UBND huyện Văn Quan' (the unit named inside sentences). */
function unitInText(figures: PeriodicReportFigures): string {
  const name = figures.unit.name;
  return `UBND ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}`;
}

/**
 * The periodic report as an administrative document (pure): an opening, I. results with a table per figure,
 * II. the overall assessment, III. difficulties, IV. proposals, the closing sentence, signer and recipients.
 */
export function periodicReportDocument(source: PeriodicReportSource): AdministrativeDocument {
  const { figures, texts } = source;
  const unit = unitInText(figures);
  const plan = figures.plan;
  const basis = plan
    ? `Thực hiện ${plan.title}${plan.number ? ` (số ${plan.number}${plan.issuedOn ? ` ngày ${dayText(plan.issuedOn)}` : ''})` : ''}, `
    : '';
  const body: DocumentBlock[] = [
    {
      type: 'paragraph',
      text:
        `${basis}${unit} báo cáo kết quả thực hiện Chương trình mỗi xã một sản phẩm (OCOP) ` +
        `${periodName(figures.period)} (số liệu từ ngày ${dayText(figures.from)} đến ngày ${dayText(figures.to)}) như sau:`,
    },
    { type: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
    ...targetsSection(figures),
    ...tasksSection(figures),
    ...dossiersSection(figures),
    ...evaluationsSection(figures),
    ...starsSection(figures),
    { type: 'heading', text: 'II. ĐÁNH GIÁ CHUNG' },
    textOrNone(texts.summary),
    { type: 'heading', text: 'III. KHÓ KHĂN, VƯỚNG MẮC' },
    textOrNone(texts.difficulties),
    { type: 'heading', text: 'IV. ĐỀ XUẤT, KIẾN NGHỊ' },
    textOrNone(texts.proposals),
    {
      type: 'paragraph',
      text: `Trên đây là báo cáo kết quả thực hiện Chương trình OCOP ${periodName(figures.period)} của ${unit}./.`,
    },
  ];
  return {
    issuingBody: source.issuingBody,
    number: source.issue.number,
    place: source.issue.place,
    issuedOn: source.issue.issuedOn,
    kind: 'BÁO CÁO',
    title: trichYeu(source.title),
    draft: source.draft,
    body,
    signature: { title: source.issue.signerTitle, name: source.issue.signerName },
    recipients: source.issue.recipients,
  };
}

function textOrNone(text: string): DocumentBlock {
  return { type: 'paragraph', text: text.trim() || 'Không có.' };
}

function targetsSection(figures: PeriodicReportFigures): DocumentBlock[] {
  const heading: DocumentBlock = { type: 'heading', text: '1. Thực hiện các chỉ tiêu của kế hoạch' };
  if (!figures.plan) {
    return [
      heading,
      { type: 'paragraph', text: `Đơn vị chưa ban hành kế hoạch năm ${figures.period.year}.` },
    ];
  }
  return [
    heading,
    {
      type: 'table',
      columns: [
        { header: 'STT', width: 0.07, align: 'center' },
        { header: 'Chỉ tiêu', width: 0.33 },
        { header: 'Kế hoạch', width: 0.15, align: 'center' },
        { header: 'Thời hạn', width: 0.17, align: 'center' },
        { header: 'Nhiệm vụ hoàn thành', width: 0.14, align: 'center' },
        { header: 'Tỷ lệ', width: 0.14, align: 'right' },
      ],
      rows: figures.targets.map((t, i) => [
        String(i + 1),
        t.indicator ? `${t.title} (${t.indicator})` : t.title,
        `${integerText(t.quantity)} ${t.measure}`.trim(),
        quarterText(t.dueQuarter),
        `${t.tasksAccepted}/${t.tasksCounted}`,
        percentText(t.acceptedPercent),
      ]),
    },
  ];
}

function tasksSection(figures: PeriodicReportFigures): DocumentBlock[] {
  const rows = figures.tasksByUnit;
  const sum = (pick: (r: (typeof rows)[number]) => number): string =>
    integerText(rows.reduce((s, r) => s + pick(r), 0));
  return [
    { type: 'heading', text: '2. Thực hiện nhiệm vụ theo đơn vị chủ trì' },
    {
      type: 'table',
      columns: [
        { header: 'STT', width: 0.08, align: 'center' },
        { header: 'Đơn vị chủ trì', width: 0.5 },
        { header: 'Tổng số', width: 0.14, align: 'right' },
        { header: 'Đã hoàn thành', width: 0.14, align: 'right' },
        { header: 'Quá hạn', width: 0.14, align: 'right' },
      ],
      rows: [
        ...rows.map((r, i) => [
          String(i + 1),
          r.label,
          integerText(r.total),
          integerText(r.done),
          integerText(r.overdue),
        ]),
      ],
      total: ['', 'Cộng', sum((r) => r.total), sum((r) => r.done), sum((r) => r.overdue)],
    },
  ];
}

function dossiersSection(figures: PeriodicReportFigures): DocumentBlock[] {
  const total = figures.dossiersByStage.reduce((s, r) => s + r.count, 0);
  return [
    { type: 'heading', text: `3. Hồ sơ sản phẩm tham gia Chương trình năm ${figures.period.year}` },
    {
      type: 'table',
      columns: [
        { header: 'STT', width: 0.08, align: 'center' },
        { header: 'Bước xử lý', width: 0.72 },
        { header: 'Số hồ sơ', width: 0.2, align: 'right' },
      ],
      rows: [...figures.dossiersByStage.map((r, i) => [String(i + 1), r.label, integerText(r.count)])],
      total: ['', 'Cộng', integerText(total)],
    },
  ];
}

function evaluationsSection(figures: PeriodicReportFigures): DocumentBlock[] {
  const heading: DocumentBlock = { type: 'heading', text: '4. Kết quả đánh giá, phân hạng sản phẩm' };
  if (figures.evaluations.length === 0) {
    return [heading, { type: 'paragraph', text: 'Trong kỳ không có sản phẩm được đánh giá, phân hạng.' }];
  }
  return [
    heading,
    {
      type: 'table',
      columns: [
        { header: 'STT', width: 0.07, align: 'center' },
        { header: 'Sản phẩm', width: 0.22 },
        { header: 'Chủ thể', width: 0.2 },
        { header: 'Xã, thị trấn', width: 0.15 },
        { header: 'Điểm', width: 0.1, align: 'right' },
        { header: 'Hạng sao', width: 0.09, align: 'center' },
        { header: 'Quyết định công nhận', width: 0.17 },
      ],
      rows: figures.evaluations.map((r, i) => [
        String(i + 1),
        r.product,
        r.producer,
        r.commune,
        r.score === null ? '' : formatScore(r.score),
        r.stars === null ? '' : String(r.stars),
        r.decisionNumber
          ? `${r.decisionNumber}${r.certifiedOn ? ` ngày ${dayText(r.certifiedOn)}` : ''}`
          : '',
      ]),
    },
  ];
}

function starsSection(figures: PeriodicReportFigures): DocumentBlock[] {
  const total = figures.certifiedByStars.reduce((s, r) => s + r.count, 0);
  return [
    { type: 'heading', text: '5. Sản phẩm được công nhận theo hạng sao' },
    {
      type: 'table',
      columns: [
        { header: 'Hạng sao', width: 0.6 },
        { header: 'Số sản phẩm', width: 0.4, align: 'right' },
      ],
      rows: [...figures.certifiedByStars.map((r) => [r.label, integerText(r.count)])],
      total: ['Cộng', integerText(total)],
    },
  ];
}
