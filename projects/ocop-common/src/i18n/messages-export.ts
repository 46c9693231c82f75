// The export button's texts (<ocop-export-button>, shown on pages of every module). The button registers them
// itself. Same rules as messages.ts.

export const EXPORT_VI = {
  'export.xlsx': 'Xuất Excel',
  'export.pdf': 'Xuất PDF',
  'export.progress': 'Đang xuất… {percent} %',
  'export.preparing': 'Đang chuẩn bị tệp…',
  'export.downloading': 'Đang tải tệp về…',
  'export.waitingForLogin':
    'Phiên đăng nhập đã hết hạn. Tệp vẫn đang được xuất và sẽ tải về sau khi bạn đăng nhập lại.',
  'export.failed': 'Không xuất được tệp: {message}',
};

export const EXPORT_EN: Record<keyof typeof EXPORT_VI, string> = {
  'export.xlsx': 'Export Excel',
  'export.pdf': 'Export PDF',
  'export.progress': 'Exporting… {percent}%',
  'export.preparing': 'Preparing the file…',
  'export.downloading': 'Downloading the file…',
  'export.waitingForLogin':
    'Your session has expired. The file is still being exported and will download once you sign in again.',
  'export.failed': 'The file could not be exported: {message}',
};

export const EXPORT_MESSAGES = { vi: EXPORT_VI, en: EXPORT_EN };
