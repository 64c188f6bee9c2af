import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';

/** Why an upload was not taken, in words the page shows beside its form. */
export type UploadProblem = string;

declare global {
  namespace Express {
    interface Locals {
      uploadProblem?: UploadProblem;
    }
  }
}

/**
 * One file from a form, held in memory and capped in size; the form's other fields (its
 * CSRF token first) are read as well. A file too large or a form of another shape is not
 * an error page: the action finds `res.locals.uploadProblem` and says so beside the form.
 */
export function oneFile(field: string, maxBytes: number, words: string): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
  }).single(field);
  return (req: Request, res: Response, next: NextFunction) => {
    upload(req, res, (error: unknown) => {
      if (error) {
        const code = (error as { code?: string }).code;
        res.locals.uploadProblem =
          code === 'LIMIT_FILE_SIZE'
            ? `This file is larger than ${words}.`
            : 'The file could not be received. Choose it again and send the form once more.';
      }
      next();
    });
  };
}

/** The uploaded file's bytes as text, or why there is nothing to read. */
export function uploadedText(req: Request, res: Response): { text: string } | { problem: string } {
  if (res.locals.uploadProblem) return { problem: res.locals.uploadProblem };
  const file = req.file;
  if (!file || file.size === 0) return { problem: 'Choose a file first.' };
  const text = file.buffer.toString('utf8');
  // A picture, a spreadsheet in Excel's own format, a PDF: bytes that are not text.
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    return { problem: 'This file is not a text file. Save it as CSV or JSON and try again.' };
  }
  return { text };
}
