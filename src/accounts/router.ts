import express, { type Router } from 'express';
import { pageHeaders } from '../web/page-headers.ts';
import type { WebDeps } from '../web/web-deps.ts';
import { showAccount } from './pages/account.ts';
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
  return router;
}
