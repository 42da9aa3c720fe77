// The development OpenID provider's own pages: sign-in, sign-out confirmation, signed out, and errors.
// They replace oidc-provider's quick-start pages, which have no language, no labels and load web fonts
// (the network is closed in tests). Plain HTML with inline CSS only, because the provider runs on its
// own port and can serve no files; the look follows USWDS so the hand-off from the app feels the same.
// Every value that comes from a request is escaped here, at the last moment.
import { escapeMarkup as escapeHtml } from '../domain/escape-markup.ts';

/**
 * Headers for every page: no caching (they carry one-time form data), no framing, and a policy that
 * allows the inline style and nothing else to load.
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
};

// USWDS values: Source Sans where installed, else the system's sans-serif; body 1.06rem; primary
// #005ea2; focus ring #2491ff; error #b50909; info #00bde3.
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:"Source Sans Pro","Source Sans 3",-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:1.06rem;line-height:1.5;color:#1b1b1b;background:#fff}
header{border-bottom:1px solid #dfe1e2}
.banner{margin:0;background:#f0f0f0;padding:.25rem 1rem;font-size:.87rem}
.site-name{margin:0;padding:1rem;font-size:1.34rem;font-weight:700}
.site-tag{margin-left:.5rem;padding:.1rem .5rem;border-radius:.125rem;background:#1b1b1b;color:#fff;font-size:.93rem;font-weight:400;vertical-align:middle}
main{max-width:36rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:2.13rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.34rem;line-height:1.2;margin:0 0 .5rem}
a{color:#005ea2}
a:visited{color:#54278f}
a:focus,button:focus,input:focus,[tabindex]:focus{outline:.25rem solid #2491ff;outline-offset:0}
.alert{margin:1rem 0;padding:1rem 1rem 1rem 1.5rem;border-left:.5rem solid}
.alert p,.alert ul{margin:.25rem 0 0}
.alert--info{border-color:#00bde3;background:#e7f6f8}
.alert--error{border-color:#b50909;background:#f4e3db}
.form-group{margin-top:1.5rem}
.form-group--error{margin-left:-1.25rem;padding-left:1rem;border-left:.25rem solid #b50909}
label{display:block;font-weight:700}
.hint{display:block;color:#5c5c5c}
.error-message{display:block;color:#b50909;font-weight:700;padding:.25rem 0}
input{display:block;width:100%;height:2.5rem;margin-top:.5rem;padding:.5rem;border:1px solid #565c65;border-radius:0;font:inherit;color:#1b1b1b;background:#fff}
input[aria-invalid="true"]{border:.25rem solid #b50909}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;margin-top:2rem}
.button{display:inline-block;margin:0;padding:.75rem 1.25rem;border:0;border-radius:.25rem;background:#005ea2;color:#fff;font:inherit;font-weight:700;line-height:1;text-decoration:none;cursor:pointer}
.button:hover{background:#1a4480}
.button:active{background:#162e51}
.button--outline{background:#fff;color:#005ea2;box-shadow:inset 0 0 0 2px #005ea2}
.button--outline:hover{background:#fff;color:#1a4480;box-shadow:inset 0 0 0 2px #1a4480}
code{font-family:"Roboto Mono",Consolas,monospace;font-size:.93rem}
`;

/** The languages of these pages: the app's, asked for with ui_locales. */
export type PageLanguage = 'en' | 'es';

/** The first of an OpenID Connect ui_locales list ("es-US en") that these pages speak; else English. */
export function pageLanguageOf(uiLocales: unknown): PageLanguage {
  if (typeof uiLocales !== 'string') return 'en';
  for (const tag of uiLocales.split(/\s+/)) {
    const language = tag.slice(0, 2).toLowerCase();
    if (language === 'es' || language === 'en') return language;
  }
  return 'en';
}

const TEXT = {
  en: {
    banner: 'For development and tests only. This is not login.gov.',
    siteTag: 'Development sign-in',
    enterName: 'Enter a sign-in name.',
    noSuchName: (name: string) =>
      `There is no demo account named “${name}”. Enter one of the names listed above.`,
    enterPassword: 'Enter a password. Any password works here.',
    problem: 'There is a problem',
    errorPrefix: 'Error: ',
    signInTitle: 'Sign in – PSHB Exchange (development)',
    signInHeading: 'Sign in to PSHB Exchange (development)',
    aboutHeading: 'This is the development sign-in',
    about:
      'It stands in for login.gov on this computer. Any password works for the demo accounts. Never type a real password here.',
    demoAccounts: 'Demo accounts:',
    nameLabel: 'Sign-in name',
    nameHint: 'For example, demo-enrollee.',
    passwordLabel: 'Password',
    passwordHint: 'Any password works.',
    signIn: 'Sign in',
    cancel: 'Cancel',
    signOutTitle: 'Sign out – PSHB Exchange (development)',
    signOutHeading: 'Sign out of the development sign-in?',
    stillSignedIn: (who: string) =>
      `You are signed out of PSHB Exchange. You are still signed in to the development sign-in${who}.`,
    as: 'as',
    signOutToo: 'Sign out here too, so the next person on this computer has to sign in again.',
    yes: 'Yes, sign me out',
    no: 'No, stay signed in here',
  },
  es: {
    banner: 'Solo para desarrollo y pruebas. Esto no es login.gov.',
    siteTag: 'Inicio de sesión de desarrollo',
    enterName: 'Escriba un nombre de usuario.',
    noSuchName: (name: string) =>
      `No hay una cuenta de demostración llamada “${name}”. Escriba uno de los nombres de la lista de arriba.`,
    enterPassword: 'Escriba una contraseña. Aquí sirve cualquier contraseña.',
    problem: 'Hay un problema',
    errorPrefix: 'Error: ',
    signInTitle: 'Iniciar sesión – PSHB Exchange (desarrollo)',
    signInHeading: 'Iniciar sesión en PSHB Exchange (desarrollo)',
    aboutHeading: 'Este es el inicio de sesión de desarrollo',
    about:
      'Reemplaza a login.gov en esta computadora. Cualquier contraseña sirve para las cuentas de demostración. Nunca escriba aquí una contraseña real.',
    demoAccounts: 'Cuentas de demostración:',
    nameLabel: 'Nombre de usuario',
    nameHint: 'Por ejemplo, demo-enrollee.',
    passwordLabel: 'Contraseña',
    passwordHint: 'Cualquier contraseña sirve.',
    signIn: 'Iniciar sesión',
    cancel: 'Cancelar',
    signOutTitle: 'Cerrar sesión – PSHB Exchange (desarrollo)',
    signOutHeading: '¿Cerrar la sesión de desarrollo?',
    stillSignedIn: (who: string) =>
      `Cerró su sesión en PSHB Exchange. Todavía tiene abierta la sesión de desarrollo${who}.`,
    as: 'como',
    signOutToo:
      'Ciérrela aquí también, para que la próxima persona en esta computadora tenga que iniciar sesión.',
    yes: 'Sí, cerrar la sesión',
    no: 'No, mantener la sesión abierta aquí',
  },
} as const;

interface PageParts {
  /** The document title; the h1 is part of `main`. */
  readonly title: string;
  readonly language?: PageLanguage;
  /** Already-escaped HTML for <main>. */
  readonly main: string;
}

function page({ title, main, language = 'en' }: PageParts): string {
  const text = TEXT[language];
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="banner">${text.banner}</p>
<p class="site-name">PSHB Exchange <span class="site-tag">${text.siteTag}</span></p>
</header>
<main id="main-content">
${main}
</main>
</body>
</html>
`;
}

/** What the form sent back wrong, by field; empty when the sign-in may go ahead. */
export interface SignInErrors {
  readonly login?: string;
  readonly password?: string;
}

/** The sign-in form's rules: a known demo name, and some password (any password works). */
export function signInErrors(
  login: string,
  password: string,
  knownNames: ReadonlySet<string>,
  language: PageLanguage = 'en',
): SignInErrors {
  const text = TEXT[language];
  const name = login.trim();
  return {
    ...(name === ''
      ? { login: text.enterName }
      : knownNames.has(name)
        ? {}
        : { login: text.noSuchName(name) }),
    ...(password === '' ? { password: text.enterPassword } : {}),
  };
}

export function hasErrors(errors: SignInErrors): boolean {
  return errors.login !== undefined || errors.password !== undefined;
}

export interface SignInPageOptions {
  /** Where the form posts (the interaction's login path). */
  readonly action: string;
  /** Where Cancel goes. */
  readonly cancelHref: string;
  /** The name to show in the field: the app's login_hint, or what was typed. */
  readonly login: string;
  /** The demo accounts' sign-in names, listed for the developer. */
  readonly accountNames: readonly string[];
  readonly errors?: SignInErrors;
  readonly language?: PageLanguage;
}

interface FieldOptions {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly type: 'text' | 'password';
  readonly autocomplete: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly autofocus: boolean;
}

/** A labelled input; its hint and error are read with it (aria-describedby), as USWDS does. */
function field(options: FieldOptions): string {
  const describedBy = [
    options.hint ? `${options.id}-hint` : '',
    options.error ? `${options.id}-error` : '',
  ].filter(Boolean);
  const textOnly =
    options.type === 'text' ? ' autocapitalize="none" autocorrect="off" spellcheck="false"' : '';
  return `<div class="form-group${options.error ? ' form-group--error' : ''}">
<label for="${options.id}">${escapeHtml(options.label)}</label>
${options.hint ? `<span class="hint" id="${options.id}-hint">${escapeHtml(options.hint)}</span>` : ''}
${options.error ? `<span class="error-message" id="${options.id}-error">${escapeHtml(options.error)}</span>` : ''}
<input id="${options.id}" name="${options.id}" type="${options.type}" autocomplete="${options.autocomplete}"${textOnly} value="${escapeHtml(options.value)}"${describedBy.length > 0 ? ` aria-describedby="${describedBy.join(' ')}"` : ''}${options.error ? ' aria-invalid="true"' : ''}${options.autofocus ? ' autofocus' : ''}>
</div>`;
}

export function signInPage(options: SignInPageOptions): string {
  const language = options.language ?? 'en';
  const text = TEXT[language];
  const errors = options.errors ?? {};
  const failed = hasErrors(errors);
  // The cursor starts where there is work to do: the first field in error, else the first empty one.
  const focusLogin = errors.login !== undefined || (!failed && options.login === '');
  const focusPassword = !focusLogin;
  const summary = failed
    ? `<div class="alert alert--error" role="alert" aria-labelledby="error-summary-heading">
<h2 id="error-summary-heading">${text.problem}</h2>
<ul>
${errors.login ? `<li><a href="#login">${escapeHtml(errors.login)}</a></li>` : ''}
${errors.password ? `<li><a href="#password">${escapeHtml(errors.password)}</a></li>` : ''}
</ul>
</div>`
    : '';
  const names = options.accountNames.map((name) => `<code>${escapeHtml(name)}</code>`).join(', ');
  return page({
    language,
    title: `${failed ? text.errorPrefix : ''}${text.signInTitle}`,
    main: `<h1>${text.signInHeading}</h1>
${summary}
<div class="alert alert--info">
<h2>${text.aboutHeading}</h2>
<p>${text.about}</p>
<p>${text.demoAccounts} ${names}.</p>
</div>
<form method="post" action="${escapeHtml(options.action)}" novalidate>
${field({
  id: 'login',
  label: text.nameLabel,
  hint: text.nameHint,
  type: 'text',
  autocomplete: 'username',
  value: options.login,
  error: errors.login,
  autofocus: focusLogin,
})}
${field({
  id: 'password',
  label: text.passwordLabel,
  hint: text.passwordHint,
  type: 'password',
  autocomplete: 'current-password',
  value: '',
  error: errors.password,
  autofocus: focusPassword,
})}
<div class="actions">
<button class="button" type="submit">${text.signIn}</button>
<a href="${escapeHtml(options.cancelHref)}">${text.cancel}</a>
</div>
</form>`,
  });
}

export interface SignOutPageOptions {
  /**
   * oidc-provider's own hidden form (its action and one-time xsrf value), included as it is: the library
   * builds it and escapes nothing we pass in. The buttons below submit it by its id.
   */
  readonly providerForm: string;
  readonly formId: string;
  /** Who is still signed in to the provider, when known. */
  readonly accountId?: string;
  readonly language?: PageLanguage;
}

export function signOutConfirmPage(options: SignOutPageOptions): string {
  const language = options.language ?? 'en';
  const text = TEXT[language];
  const who = options.accountId ? ` ${text.as} <strong>${escapeHtml(options.accountId)}</strong>` : '';
  return page({
    language,
    title: text.signOutTitle,
    main: `<h1>${text.signOutHeading}</h1>
<p>${text.stillSignedIn(who)}</p>
<p>${text.signOutToo}</p>
${options.providerForm}
<div class="actions">
<button class="button" type="submit" form="${escapeHtml(options.formId)}" name="logout" value="yes" autofocus>${text.yes}</button>
<button class="button button--outline" type="submit" form="${escapeHtml(options.formId)}">${text.no}</button>
</div>`,
  });
}

export function signedOutPage(options: { appHref?: string }): string {
  return page({
    title: 'Signed out – PSHB Exchange (development)',
    main: `<h1>You are signed out</h1>
<p>You have signed out of the development sign-in.</p>
${options.appHref ? `<p><a href="${escapeHtml(options.appHref)}">Go to PSHB Exchange</a></p>` : ''}`,
  });
}

export interface ErrorPageOptions {
  /** Default 'Sign-in stopped'. */
  readonly heading?: string;
  /** What happened, in plain words. */
  readonly message: string;
  /** The protocol error and its description, for the developer. */
  readonly details?: string;
  readonly appHref?: string;
}

export function errorPage(options: ErrorPageOptions): string {
  const heading = options.heading ?? 'Sign-in stopped';
  return page({
    title: `${heading} – PSHB Exchange (development)`,
    main: `<h1>${escapeHtml(heading)}</h1>
<div class="alert alert--error">
<p>${escapeHtml(options.message)}</p>
</div>
${options.appHref ? `<p><a href="${escapeHtml(options.appHref)}">Go back to PSHB Exchange and sign in again</a></p>` : ''}
${options.details ? `<p>Details: <code>${escapeHtml(options.details)}</code></p>` : ''}`,
  });
}
