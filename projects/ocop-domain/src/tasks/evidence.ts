import { FILE_KINDS } from '../dossiers/attachments/file-kind';

/**
 * A report's evidence is held to a dossier attachment's rules (issue #6): it is the report's one "checklist
 * item", taking every kind a dossier item may take, checked by content. Its name is what the kind refusal
 * quotes, the same in the browser and the API.
 */
export const EVIDENCE_ITEM = { name: 'Minh chứng báo cáo tiến độ', acceptedFileKinds: FILE_KINDS } as const;
