import express, { type Router } from 'express';
import { pageHeaders } from '../web/page-headers.ts';
import type { WebDeps } from '../web/web-deps.ts';
import { showAccount } from './pages/account.ts';
import { changePassword } from './pages/change-password.ts';
import { connectChatGpt, saveChatGptCallback, showChatGptClient } from './pages/connect-chatgpt.ts';
import { disconnectApp } from './pages/connected-apps.ts';
import { deleteAccount, showGoodbye } from './pages/delete-account.ts';
import { parseForm } from './pages/forms.ts';
import {
  requestPasswordReset,
  resetPassword,
  showForgotPassword,
  showResetPassword,
} from './pages/password-reset.ts';
import { showSignIn, signIn } from './pages/sign-in.ts';
import { signOut } from './pages/sign-out.ts';
import { showSignUp, signUp } from './pages/sign-up.ts';
import { resendVerification, showVerifyEmail, verifyEmail } from './pages/verify-email.ts';

/** Sign-up, sign-in, sign-out and the account page. */
export function accountsRouter(deps: WebDeps): Router {
  const router = express.Router();
  const headers = pageHeaders();
  router.get('/signin', headers, showSignIn(deps));
  router.post('/signin', headers, parseForm, signIn(deps));
  router.get('/signup', headers, showSignUp(deps));
  router.post('/signup', headers, parseForm, signUp(deps));
  router.post('/signout', headers, parseForm, signOut(deps));
  router.get('/account', headers, showAccount(deps));
  router.post('/account/password', headers, parseForm, changePassword(deps));
  router.post('/account/chatgpt', headers, parseForm, connectChatGpt(deps));
  router.get('/account/chatgpt/:clientId', headers, showChatGptClient(deps));
  router.post('/account/chatgpt/:clientId/callback', headers, parseForm, saveChatGptCallback(deps));
  router.post('/account/apps/:grantId/disconnect', headers, parseForm, disconnectApp(deps));
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
