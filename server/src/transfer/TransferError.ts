import type { TransferErrorCode } from '@kring/shared';
import { DomainError } from '../domainError.js';

export type { TransferErrorCode };

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
