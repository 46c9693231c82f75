import { Readable } from 'node:stream';
import { detectFileKind, type FileKind } from '@ocop/domain';
import type { Db } from '../db/db';
import { insertAttachment } from '../features/attachments/attachments.repository';
import type { FileStore } from '../features/attachments/file-store';
import { HUU_LE_DOSSIER_ID, STAR_ANISE_DOSSIER_ID } from './demo-dossiers';

/**
 * Files for the demo dossiers' provided documents, so a demo user can open them and the district can accept
 * Hữu Lễ's resubmitted dossier. The files are one-page PDFs saying they are samples; they are stored like any
 * upload (file committed with its row), once per data directory and database.
 */

export const DEMO_ATTACHMENTS_DATA_SET = 'van-quan-2020-attachments';

interface DemoFile {
  dossierId: string;
  itemId: string;
  fileName: string;
  title: string;
  uploadedBy: string;
  uploadedAt: string;
}

const DEMO_FILES: readonly DemoFile[] = [
  {
    dossierId: HUU_LE_DOSSIER_ID,
    itemId: 'phieu-dang-ky-san-pham',
    fileName: 'Phiếu đăng ký sản phẩm - Rượu men lá Hữu Lễ.pdf',
    title: 'Phieu dang ky san pham (bieu 02)',
    uploadedBy: 'xa.huule',
    uploadedAt: '2019-07-02T03:00:00Z',
  },
  {
    dossierId: HUU_LE_DOSSIER_ID,
    itemId: 'phuong-an-kinh-doanh',
    fileName: 'Phương án kinh doanh 2020 (bổ sung).pdf',
    title: 'Phuong an kinh doanh (bieu 03)',
    uploadedBy: 'xa.huule',
    uploadedAt: '2020-02-20T02:00:00Z',
  },
  {
    dossierId: HUU_LE_DOSSIER_ID,
    itemId: 'gioi-thieu-bo-may-to-chuc',
    fileName: 'Giới thiệu bộ máy tổ chức.pdf',
    title: 'Gioi thieu bo may to chuc (bieu 04)',
    uploadedBy: 'xa.huule',
    uploadedAt: '2019-07-02T03:10:00Z',
  },
  {
    dossierId: HUU_LE_DOSSIER_ID,
    itemId: 'giay-du-dieu-kien-san-xuat',
    fileName: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP.pdf',
    title: 'Giay chung nhan co so du dieu kien ATTP',
    uploadedBy: 'xa.huule',
    uploadedAt: '2020-03-12T02:00:00Z',
  },
  {
    dossierId: STAR_ANISE_DOSSIER_ID,
    itemId: 'phieu-dang-ky-san-pham',
    fileName: 'Phiếu đăng ký sản phẩm - Tinh dầu hồi.pdf',
    title: 'Phieu dang ky san pham (bieu 02)',
    uploadedBy: 'xa.vanquan',
    uploadedAt: '2020-06-03T02:00:00Z',
  },
  {
    dossierId: STAR_ANISE_DOSSIER_ID,
    itemId: 'gioi-thieu-bo-may-to-chuc',
    fileName: 'Giới thiệu HTX Văn Quan Xanh.pdf',
    title: 'Gioi thieu bo may to chuc (bieu 04)',
    uploadedBy: 'xa.vanquan',
    uploadedAt: '2020-06-03T02:10:00Z',
  },
  // Provided in September 2020 before the dossier was submitted (demo-evaluation.ts).
  {
    dossierId: STAR_ANISE_DOSSIER_ID,
    itemId: 'phuong-an-kinh-doanh',
    fileName: 'Phương án kinh doanh tinh dầu hồi.pdf',
    title: 'Phuong an kinh doanh (bieu 03)',
    uploadedBy: 'xa.vanquan',
    uploadedAt: '2020-09-10T02:00:00Z',
  },
];

/** Stores the demo files once; returns how many were stored now (0 when they were before). */
export async function loadDemoAttachments(db: Db, files: FileStore): Promise<number> {
  return db.transaction(async (tx) => {
    const loaded = await tx.query('select 1 from demo_data_loads where name = $1', [
      DEMO_ATTACHMENTS_DATA_SET,
    ]);
    if (loaded.length > 0) return 0;
    for (const demo of DEMO_FILES) {
      const received = await files.receive(Readable.from([samplePdf(demo.title)]), {
        kindOf: (head): FileKind => {
          const kind = detectFileKind(head);
          if (kind !== 'pdf') throw new Error(`demo file for ${demo.itemId} is not a PDF`);
          return kind;
        },
        sizeRefusal: () => null,
      });
      const key = files.newKey(new Date(demo.uploadedAt));
      const id = await insertAttachment(tx, {
        dossierId: demo.dossierId,
        itemId: demo.itemId,
        fileName: demo.fileName,
        kind: received.kind,
        size: received.size,
        sha256: received.sha256,
        storageKey: key,
        uploadedBy: demo.uploadedBy,
      });
      await tx.query('update attachments set uploaded_at = $2::timestamptz where id = $1', [
        id,
        demo.uploadedAt,
      ]);
      // Last, as for an upload: a failure before the commit leaves a file without a row, which the sweep removes.
      await files.commit(received, key);
    }
    await tx.query('insert into demo_data_loads (name) values ($1)', [DEMO_ATTACHMENTS_DATA_SET]);
    return DEMO_FILES.length;
  });
}

/** A valid one-page PDF with two lines of text (ASCII: the standard PDF fonts have no Vietnamese letters). */
export function samplePdf(title: string): Buffer {
  const text = (line: string, y: number) => `BT /F1 14 Tf 56 ${y} Td (${line.replace(/[()\\]/g, '')}) Tj ET`;
  const content = [
    text('OCOP - Van Quan, Lang Son', 760),
    text(title, 730),
    text('Tai lieu mau cho ban demo.', 700),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
