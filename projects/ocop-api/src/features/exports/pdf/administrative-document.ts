/**
 * A Vietnamese administrative document (văn bản hành chính) as Nghị định 30/2020/NĐ-CP lays it out: what the
 * PDF renderer draws. The periodic report and the council's minutes are mapped to it by pure functions.
 */
export type DocumentBlock =
  /** Bold, e.g. 'I. KẾT QUẢ THỰC HIỆN'. */
  | { type: 'heading'; text: string }
  /** Justified, first-line indent 1.27 cm. */
  | { type: 'paragraph'; text: string }
  | {
      type: 'table';
      /** `width` is the column's fraction of the text width (the fractions add up to 1). */
      columns: { header: string; width: number; align?: 'left' | 'right' | 'center' }[];
      rows: string[][];
      /** A 'Cộng' row printed bold after the rows. */
      total?: string[];
      /** Points; 13 unless a wide table needs less. */
      fontSize?: number;
    };

export interface DocumentSignature {
  /** Quyền hạn, chức vụ; lines separated by '\n' ('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'). */
  title: string;
  name: string;
}

export interface AdministrativeDocument {
  /** Tên cơ quan chủ quản (may be '') and tên cơ quan ban hành. */
  issuingBody: { parent: string; name: string };
  /** Số, ký hiệu without the 'Số: ' prefix, e.g. '25/BC-UBND'; '' prints no number line part. */
  number: string;
  place: string;
  /** 'yyyy-MM-dd'; '' prints 'ngày    tháng    năm' for a draft not dated yet. */
  issuedOn: string;
  /** Tên loại văn bản: 'BÁO CÁO', 'BIÊN BẢN'. */
  kind: string;
  /** Trích yếu nội dung. */
  title: string;
  /** Prints 'DỰ THẢO' at the top left of page 1. */
  draft: boolean;
  body: DocumentBlock[];
  /** The signer, at the right. */
  signature: DocumentSignature;
  /**
   * A second signer at the left, for documents signed by two people (the minutes: secretary and chair).
   * A document with it has no 'Nơi nhận' block.
   */
  coSignature?: DocumentSignature;
  /** Nơi nhận, one per line without the leading '- ' and the final ';' or '.'. */
  recipients: string[];
}
