"use client";

import { useErrorPageTexts } from "@/components/layout/error-page-texts";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorPageTexts();
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold">{t.title}</h1>
      <p className="mb-4">{t.text}</p>
      <button type="button" onClick={reset} className="rounded bg-blue-800 px-5 py-2 font-semibold text-white">
        {t.retry}
      </button>
    </div>
  );
}
