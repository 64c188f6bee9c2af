/**
 * The chat widget's styles, inside its shadow root: nothing here reaches the host page,
 * and the page's styles do not reach in (`all: initial` on the host's children).
 */
export const WIDGET_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, sans-serif; font-size: 15px; }
.launcher { position: fixed; bottom: 20px; z-index: 2147483646; border: 0; border-radius: 999px;
  padding: 12px 20px; background: #2f6f4f; color: #fff; font-weight: 600; cursor: pointer;
  box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.launcher.bottom-right, .panel.bottom-right { right: 20px; }
.launcher.bottom-left, .panel.bottom-left { left: 20px; }
.launcher:focus-visible, button:focus-visible, textarea:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
.panel { position: fixed; bottom: 80px; right: 20px; z-index: 2147483647; width: min(380px, calc(100vw - 40px));
  height: min(540px, calc(100vh - 110px)); display: flex; flex-direction: column; border-radius: 12px;
  background: #fff; color: #1d2b24; border: 1px solid #c9d6cf; box-shadow: 0 6px 24px rgba(0,0,0,.2); overflow: hidden; }
.panel[hidden] { display: none; }
.panel.dark { background: #17201b; color: #e8efe9; border-color: #35443b; }
header { display: flex; align-items: center; justify-content: space-between; padding: 10px 14px; background: #2f6f4f; color: #fff; }
h2 { margin: 0; font-size: 16px; }
.close { background: transparent; color: #fff; border: 0; font-size: 22px; line-height: 1; cursor: pointer; padding: 4px 8px; }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; }
.message { margin: 0; padding: 8px 12px; border-radius: 10px; max-width: 85%; white-space: pre-wrap; line-height: 1.4; }
.message.user { align-self: flex-end; background: #2f6f4f; color: #fff; }
.message.assistant { align-self: flex-start; background: #e7efe9; color: #1d2b24; }
.dark .message.assistant { background: #26332b; color: #e8efe9; }
.activity { margin: 0; font-size: 12px; color: #55655b; }
.dark .activity { color: #a9b8ae; }
.notice { margin: 0 12px; font-size: 14px; }
.notice:empty { display: none; }
.confirm { border: 1px solid #c9d6cf; border-radius: 8px; padding: 8px; }
.confirm p { margin: 0 0 8px; }
.confirm button, .sign-in, .compose button { border: 0; border-radius: 8px; padding: 8px 14px; background: #2f6f4f; color: #fff; cursor: pointer; font-weight: 600; margin-right: 6px; }
.sign-in { margin: 12px; }
.sign-in[hidden], .compose[hidden] { display: none; }
.compose { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #c9d6cf; }
.compose textarea { flex: 1; resize: none; border: 1px solid #8fa398; border-radius: 8px; padding: 8px; background: inherit; color: inherit; }
.compose button:disabled { opacity: .6; }
`;
