import { NextResponse, type NextRequest } from "next/server";

import { REQUESTED_PATH_HEADER } from "@/lib/auth/return-path";

/**
 * Hands each page the path it was asked for, so that a visitor sent to sign in comes back to it
 * (requirePageRole). Set here, the header is the proxy's, never one a browser sent.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

// Pages only: the APIs answer 401 themselves, and Next's own files need no path.
export const config = { matcher: ["/((?!api/|_next/|login|icon.svg|favicon.ico).*)"] };
