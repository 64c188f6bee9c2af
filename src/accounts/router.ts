import express, { type Router } from 'express';
import { pageHeaders } from '../web/page-headers.ts';
import type { WebDeps } from '../web/web-deps.ts';
import { showAccount } from './pages/account.ts';
import { changePassword } from './pages/change-password.ts';
import { connectChatGpt, saveChatGptCallback, showChatGptClient } from './pages/connect-chatgpt.ts';
import { disconnectApp } from './pages/connected-apps.ts';
import { parseForm } from './pages/forms.ts';
import { showSignIn, signIn } from './pages/sign-in.ts';
import { signOut } from './pages/sign-out.ts';
import { showSignUp, signUp } from './pages/sign-up.ts';

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
  return router;
}
