"use client";

import { createContext, useContext, type ReactNode } from "react";

export type ErrorPageTexts = { title: string; text: string; retry: string };

const Texts = createContext<ErrorPageTexts | null>(null);

/**
 * The error boundary's texts, translated on the server by the root layout. The boundary is the one
 * client component of the site's frame that shows text, and three strings do not need next-intl's
 * message formatting in the browser on every page (issue #16).
 */
export function ErrorPageTextsProvider({ texts, children }: { texts: ErrorPageTexts; children: ReactNode }) {
  return <Texts.Provider value={texts}>{children}</Texts.Provider>;
}

export function useErrorPageTexts(): ErrorPageTexts {
  const texts = useContext(Texts);
  if (!texts) throw new Error("useErrorPageTexts outside the root layout's ErrorPageTextsProvider");
  return texts;
}
