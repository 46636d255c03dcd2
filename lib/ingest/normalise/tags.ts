/** Tags as lists write them: `vip, newsletter` or Mailchimp's `"vip","newsletter"`; each once. */
export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,;，；]/).map((tag) => tag.trim().replace(/^"+|"+$/g, "")).filter(Boolean))];
}
