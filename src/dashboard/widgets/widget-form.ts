import type { Request } from 'express';
import type { components } from '../../../generated/openapi.ts';
import { field } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';

type Widget = components['schemas']['Widget'];

/** What the form holds, as typed: a refused form comes back with it unchanged. */
export interface WidgetFormValues {
  name: string;
  sites: string;
  theme: string;
  position: string;
  greeting: string;
}

/** The form's labels for the contract's fields, for a refused form's words. */
export const WIDGET_LABELS: Record<string, string> = {
  name: 'Name',
  allowed_origins: 'Sites allowed to show it',
  theme: 'Colours',
  position: 'Button position',
  greeting: 'Greeting',
};

export function valuesOfWidget(w: Widget): WidgetFormValues {
  return {
    name: w.name,
    sites: w.allowed_origins.join('\n'),
    theme: w.theme,
    position: w.position,
    greeting: w.greeting,
  };
}

export function valuesOfForm(req: Request): WidgetFormValues {
  return {
    name: field(req, 'name'),
    sites: field(req, 'sites'),
    theme: field(req, 'theme'),
    position: field(req, 'position'),
    greeting: field(req, 'greeting'),
  };
}

/** The operation's body from the form: one site a line; an empty greeting keeps the default. */
export function bodyOfForm(values: WidgetFormValues): Record<string, unknown> {
  return {
    name: values.name.trim(),
    allowed_origins: values.sites
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
    ...(values.theme && { theme: values.theme }),
    ...(values.position && { position: values.position }),
    ...(values.greeting.trim() && { greeting: values.greeting.trim() }),
  };
}

function option(value: string, label: string, chosen: string): Html {
  return html`<option value="${value}"${value === chosen ? html` selected` : ''}>${label}</option>`;
}

export function widgetForm(p: {
  action: string;
  csrf: Html;
  values: WidgetFormValues;
  submit: string;
}): Html {
  const v = p.values;
  return html`<form method="post" action="${p.action}">
${p.csrf}
<p><label for="widget-name">Name</label><br><input id="widget-name" name="name" required maxlength="100" value="${v.name}" placeholder="Family page"></p>
<p><label for="widget-sites">Sites allowed to show it</label><br>
<textarea id="widget-sites" name="sites" rows="3" required aria-describedby="widget-sites-help" placeholder="https://family.example">${v.sites}</textarea><br>
<small id="widget-sites-help">One site a line, like https://family.example: the address up to the first slash after the name. Any other site is refused.</small></p>
<p><label for="widget-theme">Colours</label><br><select id="widget-theme" name="theme">
${option('light', 'Light', v.theme || 'light')}${option('dark', 'Dark', v.theme || 'light')}</select></p>
<p><label for="widget-position">Button position</label><br><select id="widget-position" name="position">
${option('bottom-right', 'Bottom right', v.position || 'bottom-right')}${option('bottom-left', 'Bottom left', v.position || 'bottom-right')}</select></p>
<p><label for="widget-greeting">Greeting</label><br><textarea id="widget-greeting" name="greeting" rows="2" maxlength="300" placeholder="Left empty, a friendly hello">${v.greeting}</textarea></p>
<p><button type="submit">${p.submit}</button></p>
</form>`;
}
