import express, { type Router } from 'express';
import type { Contract } from '../pipeline/contract-pipeline.ts';
import { parseForm } from '../web/forms.ts';
import { keepOpener, pageHeaders } from '../web/page-headers.ts';
import type { WebDeps } from '../web/web-deps.ts';
import { showAccount } from './pages/account.ts';
import { createApiKeyFromPage, revokeApiKeyFromPage, showNewApiKey } from './pages/api-keys.ts';
import { rotateCalendarFromPage, stopCalendarFromPage } from './pages/calendar-feed.ts';
import { changePassword, showPasswordPage } from './pages/change-password.ts';
import {
  connectChatGpt,
  deleteChatGptClient,
  renewChatGptSecret,
  saveChatGptCallback,
  showChatGptClient,
} from './pages/connect-chatgpt.ts';
import { disconnectAppFromPage } from './pages/connected-apps.ts';
import { showConnections } from './pages/connections.ts';
import { deleteAccount, showGoodbye } from './pages/delete-account.ts';
import {
  requestPasswordReset,
  resetPassword,
  showForgotPassword,
  showResetPassword,
} from './pages/password-reset.ts';
import { removeDeviceFromPage, saveRemindersFromPage, showReminders } from './pages/reminders.ts';
import { showSecurity, signOutEverywhere } from './pages/security.ts';
import { showSignIn, signIn } from './pages/sign-in.ts';
import { signOut } from './pages/sign-out.ts';
import { showSignUp, signUp } from './pages/sign-up.ts';
import { resendVerification, showVerifyEmail, verifyEmail } from './pages/verify-email.ts';

/** Sign-up, sign-in, sign-out and the account page (which runs account operations). */
export function accountsRouter(
  deps: WebDeps,
  contract: Contract,
  secrets: { tokenSecret: string },
): Router {
  const router = express.Router();
  const chatGpt = { ...deps, ...secrets };
  const headers = pageHeaders();
  router.get('/signin', headers, keepOpener, showSignIn(deps));
  router.post('/signin', headers, keepOpener, parseForm, signIn(deps));
  router.get('/signup', headers, showSignUp(deps));
  router.post('/signup', headers, parseForm, signUp(deps));
  router.post('/signout', headers, parseForm, signOut(deps));
  router.get('/account', headers, showAccount(deps, contract));
  router.get('/account/password', headers, showPasswordPage(deps));
  router.post('/account/password', headers, parseForm, changePassword(deps));
  router.get('/account/connections', headers, showConnections(deps, contract));
  router.get('/account/security', headers, showSecurity(deps));
  router.post('/account/sign-out-everywhere', headers, parseForm, signOutEverywhere(deps));
  router.get('/account/reminders', headers, showReminders(deps, contract));
  router.post('/account/reminders', headers, parseForm, saveRemindersFromPage(deps, contract));
  router.post(
    '/account/reminders/devices/:deviceId/delete',
    headers,
    parseForm,
    removeDeviceFromPage(deps, contract),
  );
  router.post('/account/calendar', headers, parseForm, rotateCalendarFromPage(deps, contract));
  router.post('/account/calendar/stop', headers, parseForm, stopCalendarFromPage(deps, contract));
  router.post('/account/chatgpt', headers, parseForm, connectChatGpt(chatGpt));
  router.get('/account/chatgpt/:clientId', headers, showChatGptClient(chatGpt));
  router.post(
    '/account/chatgpt/:clientId/callback',
    headers,
    parseForm,
    saveChatGptCallback(chatGpt),
  );
  router.post('/account/chatgpt/:clientId/secret', headers, parseForm, renewChatGptSecret(chatGpt));
  router.post(
    '/account/chatgpt/:clientId/delete',
    headers,
    parseForm,
    deleteChatGptClient(chatGpt),
  );
  router.post(
    '/account/apps/:grantId/disconnect',
    headers,
    parseForm,
    disconnectAppFromPage(deps, contract),
  );
  router.post('/account/api-keys', headers, parseForm, createApiKeyFromPage(deps, contract));
  router.get('/account/api-keys/new', headers, showNewApiKey(deps));
  router.post(
    '/account/api-keys/:keyId/revoke',
    headers,
    parseForm,
    revokeApiKeyFromPage(deps, contract),
  );
  // Mailed links: address verification and password reset; deleting the account.
  router.get('/verify', headers, showVerifyEmail(deps));
  router.post('/verify', headers, parseForm, verifyEmail(deps));
  router.post('/account/verify-email', headers, parseForm, resendVerification(deps));
  router.get('/forgot-password', headers, showForgotPassword(deps));
  router.post('/forgot-password', headers, parseForm, requestPasswordReset(deps));
  router.get('/reset-password', headers, showResetPassword(deps));
  router.post('/reset-password', headers, parseForm, resetPassword(deps));
  router.post('/account/delete', headers, parseForm, deleteAccount(deps));
  router.get('/goodbye', headers, showGoodbye());
  return router;
}
