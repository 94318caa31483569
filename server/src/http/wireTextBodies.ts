import type { NextFunction, Request, Response } from 'express';
import { cleanWireText } from '@roundtable/shared/protocol/wireText';
import { sendError } from './restRoutes';

/**
 * [TEXT1] Every REST body's text, checked and normalised once, after JSON parsing and before any route's schema:
 * a body with a NUL, another control character or half a character pair is refused with `invalid_payload` and
 * reaches no route.
 */
export function wireTextBodies(req: Request, res: Response, next: NextFunction): void {
  if (req.body === undefined) return next();
  const cleaned = cleanWireText(req.body);
  if (!cleaned.ok) return sendError(res, { code: 'invalid_payload', message: cleaned.message, fields: { [cleaned.path]: cleaned.message } });
  req.body = cleaned.value;
  next();
}
