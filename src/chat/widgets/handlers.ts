import type { Handler } from '../../contract/handler-types.ts';
import { chatNotConfigured } from '../../core/problems/chat.ts';

// Filled in with the widget settings; until then every widget operation says it is not there.
const notYet = async (): Promise<never> => {
  throw chatNotConfigured();
};

export const widgetHandlers: {
  listWidgets: Handler<'listWidgets'>;
  createWidget: Handler<'createWidget'>;
  getWidget: Handler<'getWidget'>;
  updateWidget: Handler<'updateWidget'>;
  deleteWidget: Handler<'deleteWidget'>;
  getWidgetEmbedCode: Handler<'getWidgetEmbedCode'>;
} = {
  listWidgets: notYet,
  createWidget: notYet,
  getWidget: notYet,
  updateWidget: notYet,
  deleteWidget: notYet,
  getWidgetEmbedCode: notYet,
};
