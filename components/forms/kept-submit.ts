"use client";

import { startTransition, type FormEvent } from "react";

/**
 * Submits a form to its action without React's reset of the fields. `<form action>` puts every
 * field back to its default once the action returns: a save the server refused (an end date
 * before the start) would lose everything typed, and the admin would start over.
 */
export function keptSubmit(action: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button pressed goes along, as with a plain submit ("save draft" or "submit").
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => action(data));
  };
}
