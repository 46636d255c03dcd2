/** Tags as lists write them: `vip, newsletter` or Mailchimp's `"vip","newsletter"`; each once. */
export function splitTags(text: string): string[] {
  const tags = text.split(/[,;，；]/).map((tag) => tag.trim().replace(/^"+|"+$/g, ""));
  return [...new Set(tags.filter(Boolean))];
}
