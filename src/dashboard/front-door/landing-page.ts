import { html, page } from '../../web/html.ts';

/** What Tend is, for someone who is not signed in, in a few plain sentences. */
export function landingPage(): string {
  return page(
    'Your care log and to-do list',
    html`<p class="lead">Tend keeps track of what you need to do and what happened, for you, your family and your pets: the vet visit on Friday, the monthly flea treatment, the last weigh-in, the shot that is due.</p>
<p>ChatGPT, Claude and your own pages can read and write it for you, so you can say “remind me to give Max his pills every morning” and find it here. It runs on your own server and your data stays with you.</p>
<p class="actions"><a class="button" href="/signup?return_to=%2F">Create an account</a> <a class="button secondary" href="/signin?return_to=%2F">Sign in</a></p>`,
  );
}
