import type { PreparedExport } from '../export-kind';
import type { AdministrativeDocument } from './administrative-document';
import { renderAdministrativeDocument } from './render-administrative-document';

export const PDF_CONTENT_TYPE = 'application/pdf';

/**
 * An export of one administrative document: the page count is unknown until rendered, so progress counts the
 * pages started and ends at pages/pages. Rendering is synchronous but short (a few pages of an aggregate).
 */
export function pdfExport(fileName: string, document: AdministrativeDocument): PreparedExport {
  return {
    fileName,
    contentType: PDF_CONTENT_TYPE,
    total: 0,
    async build(progress) {
      let pages = 0;
      const pdf = await renderAdministrativeDocument(document, (page) => {
        pages = page;
        progress(page);
      });
      progress(pages, pages);
      return pdf;
    },
  };
}
