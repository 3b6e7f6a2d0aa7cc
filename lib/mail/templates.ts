import { site } from '@/lib/site'
import { escapeXml } from '@/lib/xml'

export type MailLink = { url: string; label: string }

/** The one look every mail shares (`name` is the site's, from its settings): a title, paragraphs, an optional button, a footer line. */
export function layout(
  name: string,
  title: string,
  paragraphs: string[],
  link?: MailLink,
  footer?: { text: string; link: MailLink },
) {
  const text = [
    title,
    '',
    ...paragraphs,
    ...(link ? ['', `${link.label}: ${link.url}`] : []),
    '',
    `— ${name}, ${site.url}`,
    ...(footer ? ['', `${footer.text} ${footer.link.label}: ${footer.link.url}`] : []),
  ].join('\n')
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.6;color:#1c1917;max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:20px">${escapeXml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n')}
${link ? `<p><a href="${escapeXml(link.url)}" style="display:inline-block;background:#1d6b5f;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">${escapeXml(link.label)}</a></p><p style="font-size:13px;color:#57534e">Or paste this address into your browser: ${escapeXml(link.url)}</p>` : ''}
<p style="font-size:13px;color:#57534e">${escapeXml(name)} — ${escapeXml(site.url)}</p>${footer ? `\n<p style="font-size:13px;color:#57534e">${escapeXml(footer.text)} <a href="${escapeXml(footer.link.url)}">${escapeXml(footer.link.label)}</a></p>` : ''}</body></html>`
  return { text, html }
}

export function magicLinkMail(name: string, url: string) {
  return {
    subject: `Sign in to ${name}`,
    ...layout(
      name,
      `Sign in to ${name}`,
      [
        'Use the link below to sign in. It works once and expires in 24 hours.',
        'If you did not ask for it, you can ignore this email.',
      ],
      { url, label: 'Sign in' },
    ),
  }
}

export function confirmSignUpMail(name: string, url: string) {
  return {
    subject: `Confirm your email for ${name}`,
    ...layout(
      name,
      'Confirm your email address',
      [
        'Someone (hopefully you) created an account with this address. Confirm it to start using your password.',
        'If it was not you, ignore this email and nothing will happen.',
      ],
      { url, label: 'Confirm my email' },
    ),
  }
}

export function accountExistsMail(name: string, signInUrl: string, resetUrl: string) {
  return {
    subject: `You already have an account on ${name}`,
    ...layout(
      name,
      'You already have an account',
      [
        `Someone tried to sign up with this address, which already has an account. To reset your password, use ${resetUrl}`,
        'If it was not you, you can ignore this email.',
      ],
      { url: signInUrl, label: 'Sign in' },
    ),
  }
}

export function resetPasswordMail(name: string, url: string) {
  return {
    subject: `Reset your ${name} password`,
    ...layout(
      name,
      'Reset your password',
      [
        'Use the link below to choose a new password. It works once and expires in one hour.',
        'If you did not ask for it, you can ignore this email.',
      ],
      { url, label: 'Choose a new password' },
    ),
  }
}

export function noAccountMail(name: string, signUpUrl: string) {
  return {
    subject: `Password reset on ${name}`,
    ...layout(
      name,
      'No account with this address',
      [
        'Someone asked to reset the password for this address, but there is no account with it.',
        'If you would like one, you can sign up.',
      ],
      { url: signUpUrl, label: 'Sign up' },
    ),
  }
}
