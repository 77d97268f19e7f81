import { DomainError } from '../domainError.js';

/** Why an import or export was refused. */
export type TransferErrorCode =
  | 'too_large'
  | 'too_many_files'
  | 'too_deep'
  | 'unsafe_path'
  | 'invalid_archive'
  | 'invalid_docx'
  | 'invalid_document';

/**
 * A refused import or export (HTTP 400): bad or oversized input. Carries a stable `code`; the
 * message names the limit or the offending path, never document content.
 */
export class TransferError extends DomainError {
  declare readonly code: TransferErrorCode;

  constructor(code: TransferErrorCode, message: string) {
    super(400, code, message);
  }
}
