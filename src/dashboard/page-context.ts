import type { Request, RequestHandler, Response } from 'express';
import type { Principal } from '../auth/principal.ts';
import { pagePrincipal } from '../auth/session-check.ts';
import { currentSession, type SignedIn } from '../auth/session-cookie.ts';
import type { Reply } from '../contract/reply.ts';
import type { ChangeFeed } from '../live/change-feed.ts';
import type { Contract } from '../pipeline/contract-pipeline.ts';
import { csrfField } from '../web/form-guard.ts';
import type { FormSeal } from '../web/form-seal.ts';
import { seeOther } from '../web/forms.ts';
import type { Html } from '../web/html.ts';
import { type OperationCall, operateAs } from '../web/operate.ts';
import { signedInForm } from '../web/signed-in-form.ts';
import type { WebDeps } from '../web/web-deps.ts';

/** What the dashboard's pages need: the pages' own, and the contract they run. */
export interface DashboardDeps extends WebDeps {
  contract: Contract;
  /** Signs what a page hands the browser to take back unchanged (a preview's rows). */
  formSeal: FormSeal;
  /** The largest file a record keeps (ATTACHMENT_MAX_BYTES), for the upload form. */
  attachmentMaxBytes: number;
  /** The person's changes as they are committed, for live pages. */
  changes: ChangeFeed;
  /** Whether a chat model is configured: without one the chat page says so, not a form. */
  chatReady: boolean;
}

/** One request to a signed-in page, with what every such page uses. */
export interface PageContext {
  req: Request;
  res: Response;
  session: SignedIn;
  principal: Principal;
  /** The person's time zone, for every date the page shows. */
  timezone: string;
  /** The hidden CSRF field for the page's forms (docs/security.md A7). */
  csrf: Html;
  /** The largest file a record keeps, to say so beside an upload field. */
  attachmentMaxBytes: number;
  /** Whether a chat model is configured. */
  chatReady: boolean;
  /** Runs an operation as the person, through the whole contract pipeline (R13). */
  run(call: OperationCall): Promise<Reply>;
}

async function contextFor(
  deps: DashboardDeps,
  req: Request,
  res: Response,
  session: SignedIn,
): Promise<PageContext> {
  const principal = await pagePrincipal(deps.db, session);
  return {
    req,
    res,
    session,
    principal,
    timezone: principal.timezone,
    csrf: csrfField(deps.csrf.token(req, res, session.cookie)),
    attachmentMaxBytes: deps.attachmentMaxBytes,
    chatReady: deps.chatReady,
    run: (call) => operateAs(deps.contract, res, principal, call),
  };
}

/** A page a person reads: signed out, they are sent to sign in and brought back. */
export function signedInPage(
  deps: DashboardDeps,
  show: (ctx: PageContext) => Promise<void>,
): RequestHandler {
  return async (req, res) => {
    const session = await currentSession(req, deps);
    if (!session) return seeOther(res, `/signin?return_to=${encodeURIComponent(req.originalUrl)}`);
    await show(await contextFor(deps, req, res, session));
  };
}

/**
 * A form a signed-in page posts: the session and the form's CSRF token are checked first
 * (403 and nothing done otherwise); the action answers, usually 303 back to a page.
 */
export function signedInAction(
  deps: DashboardDeps,
  act: (ctx: PageContext) => Promise<void>,
): RequestHandler {
  return async (req, res) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    await act(await contextFor(deps, req, res, session));
  };
}
