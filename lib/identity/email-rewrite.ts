import type { IdentitySettings } from "./settings";

const gmailDomains = new Set(["gmail.com", "googlemail.com"]);

/**
 * The address a mailbox provider delivers to, when the settings ask for
 * provider rules: Gmail ignores dots and treats googlemail.com as gmail.com;
 * many providers drop a "+tag". Returns null when no rule changes the
 * address, so only rewritten addresses need a second look.
 */
export function rewriteEmail(email: string, rules: IdentitySettings["emailRewrite"]): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1) return null;
  let local = email.slice(0, at);
  let domain = email.slice(at + 1);
  if (rules.plusTags || (rules.gmailDots && gmailDomains.has(domain))) {
    const plus = local.indexOf("+");
    if (plus > 0) local = local.slice(0, plus);
  }
  if (rules.gmailDots && gmailDomains.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  const rewritten = `${local}@${domain}`;
  return rewritten === email ? null : rewritten;
}

export const rewritesEmails = (rules: IdentitySettings["emailRewrite"]) => rules.gmailDots || rules.plusTags;
