/** Where the proxy (proxy.ts) puts the path a page was asked for. */
export const REQUESTED_PATH_HEADER = "x-strata-requested-path";

/**
 * A path of this site to return to after signing in, or "/": "//evil.example" and
 * "/\evil.example" are other sites to a browser, and a sign-in link must not lead there.
 */
export function sameSitePath(path: string | null | undefined): string {
  return path && /^\/(?![/\\])/.test(path) ? path : "/";
}

/** The sign-in page, returning to `path` (a page asked for while signed out). */
export function signInReturningTo(path: string | null): string {
  const back = sameSitePath(path);
  return back === "/" ? "/login" : `/login?${new URLSearchParams({ callbackUrl: back })}`;
}
