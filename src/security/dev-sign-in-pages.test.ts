import { escapeMarkup } from '../domain/escape-markup.ts';
import { describe, expect, it } from 'vitest';
import {
  errorPage,
  hasErrors,
  pageLanguageOf,
  signedOutPage,
  signInErrors,
  signInPage,
  signOutConfirmPage,
} from './dev-sign-in-pages.ts';

const NAMES = ['demo-enrollee', 'demo-admin'];
const HOSTILE = `"><script>alert('x')</script>&`;

function basePage(overrides: Partial<Parameters<typeof signInPage>[0]> = {}): string {
  return signInPage({
    action: '/interaction/abc/login',
    cancelHref: 'http://127.0.0.1:3000/',
    login: '',
    accountNames: NAMES,
    ...overrides,
  });
}

/** The page loads nothing: no script, no stylesheet link, no web font, no image. */
function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/<script|<link|@import|<img|url\(/i);
}

describe('development sign-in pages', () => {
  it('escapes the five characters that end text or an attribute', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('renders the sign-in page in English with a title, one h1, labelled fields and a Cancel link', () => {
    const html = basePage({ login: 'demo-enrollee' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<title>Sign in – PSHB Exchange (development)</title>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Sign in to PSHB Exchange (development)</h1>');
    expect(html).toContain('Any password works for the demo accounts.');
    expect(html).toContain('<label for="login">Sign-in name</label>');
    expect(html).toMatch(
      /<input id="login" name="login" type="text" autocomplete="username"[^>]*value="demo-enrollee"/,
    );
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toMatch(
      /<input id="password" name="password" type="password" autocomplete="current-password"/,
    );
    expect(html).toContain('<form method="post" action="/interaction/abc/login" novalidate>');
    expect(html).toContain('<button class="button" type="submit">Sign in</button>');
    expect(html).toContain('<a href="http://127.0.0.1:3000/">Cancel</a>');
    expect(html).toContain('<code>demo-enrollee</code>, <code>demo-admin</code>');
    expect(html).toMatch(/<main id="main-content">/);
    expect(html).not.toMatch(/<input[^>]*aria-invalid/);
    expectSelfContained(html);
  });

  it('puts the cursor in the first field that needs typing', () => {
    expect(basePage({ login: '' })).toMatch(/<input id="login"[^>]* autofocus>/);
    expect(basePage({ login: 'demo-admin' })).toMatch(/<input id="password"[^>]* autofocus>/);
    expect(basePage({ login: 'demo-admin' })).not.toMatch(/<input id="login"[^>]* autofocus>/);
  });

  it('escapes the name typed or hinted, in the field and in the error', () => {
    const errors = signInErrors(HOSTILE, 'x', new Set(NAMES));
    const html = basePage({ login: HOSTILE, errors });
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"');
    expect(html).toContain('There is no demo account named “&quot;&gt;&lt;script&gt;');
  });

  it('names the field in error, marks it invalid, describes it and lists it in a summary', () => {
    const errors = signInErrors('nobody', '', new Set(NAMES));
    expect(errors).toEqual({
      login: 'There is no demo account named “nobody”. Enter one of the names listed above.',
      password: 'Enter a password. Any password works here.',
    });
    const html = basePage({ login: 'nobody', errors });
    expect(html).toContain('<title>Error: Sign in – PSHB Exchange (development)</title>');
    expect(html).toContain('role="alert" aria-labelledby="error-summary-heading"');
    expect(html).toContain('<li><a href="#login">There is no demo account named “nobody”.');
    expect(html).toContain('<li><a href="#password">Enter a password.');
    expect(html).toContain('<span class="error-message" id="login-error">');
    expect(html).toMatch(
      /<input id="login"[^>]*aria-describedby="login-hint login-error" aria-invalid="true" autofocus>/,
    );
    expect(html).toMatch(
      /<input id="password"[^>]*aria-describedby="password-hint password-error" aria-invalid="true">/,
    );
    expect(html.match(/class="form-group form-group--error"/g)).toHaveLength(2);
  });

  it('accepts a known name with any password, and asks for a name when there is none', () => {
    expect(hasErrors(signInErrors(' demo-admin ', 'anything', new Set(NAMES)))).toBe(false);
    expect(signInErrors('', 'x', new Set(NAMES))).toEqual({ login: 'Enter a sign-in name.' });
  });

  it('renders the sign-out confirmation with the provider form and two labelled buttons that submit it', () => {
    const form =
      '<form id="op.logoutForm" method="post" action="/session/end/confirm"><input type="hidden" name="xsrf" value="s"/></form>';
    const html = signOutConfirmPage({ providerForm: form, formId: 'op.logoutForm', accountId: HOSTILE });
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<h1>Sign out of the development sign-in?</h1>');
    expect(html).toContain(form);
    expect(html).toMatch(
      /<button class="button" type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Yes, sign me out<\/button>/,
    );
    expect(html).toContain('form="op.logoutForm">No, stay signed in here</button>');
    expect(html).not.toContain('<script>');
    expectSelfContained(html);
  });

  it('renders the signed-out and error pages with a way back to the app', () => {
    const out = signedOutPage({ appHref: 'http://127.0.0.1:3000/' });
    expect(out).toContain('<h1>You are signed out</h1>');
    expect(out).toContain('<a href="http://127.0.0.1:3000/">Go to PSHB Exchange</a>');
    expect(signedOutPage({})).not.toContain('<a ');

    const error = errorPage({ message: 'It stopped.', details: `invalid_request: ${HOSTILE}`, appHref: '/' });
    expect(error).toMatch(/<html lang="en">/);
    expect(error).toContain('<h1>Sign-in stopped</h1>');
    expect(error).toContain('<p>It stopped.</p>');
    expect(error).not.toContain('<script>');
    expect(error).toContain('<a href="/">Go back to PSHB Exchange and sign in again</a>');
    expectSelfContained(error);
  });
});

describe('the language of the development pages', () => {
  it('speaks the first language of ui_locales it knows, else English', () => {
    expect(pageLanguageOf('es-US en')).toBe('es');
    expect(pageLanguageOf('fr en-US')).toBe('en');
    expect(pageLanguageOf(undefined)).toBe('en');
  });

  it('writes the sign-in page and its errors in Spanish, marked as Spanish', () => {
    const errors = signInErrors('', '', new Set(['demo-enrollee']), 'es');
    const html = signInPage({
      action: '/interaction/x/login',
      cancelHref: '/',
      login: '',
      accountNames: ['demo-enrollee'],
      errors,
      language: 'es',
    });
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<label for="login">Nombre de usuario</label>');
    expect(html).toContain('Escriba un nombre de usuario.');
    expect(html).toContain('Hay un problema');
  });
});
