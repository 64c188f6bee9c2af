/**
 * The page a widget's sign-in popup returns to: it hands the code to the window that opened
 * it, naming each of the widget's allowed sites as the target (never `*`), so the browser
 * delivers it only if the opener is one of them; then it closes.
 */
const holder = document.getElementById('tend-widget-signed-in');
const opener = window.opener as Window | null;
if (holder && opener) {
  const origins = JSON.parse(holder.dataset.origins ?? '[]') as string[];
  const message = {
    type: 'tend-widget-signed-in',
    code: holder.dataset.code ?? '',
    state: holder.dataset.state ?? '',
    error: holder.dataset.error ?? '',
  };
  for (const origin of origins) opener.postMessage(message, origin);
  window.close();
}
