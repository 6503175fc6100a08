"use client";

/**
 * The link to this page in the other language. It keeps everything after the `#` (the
 * participant's figures live there and never reach a server), so nothing typed is lost: the
 * fragment is read when the link is followed, since it changes as the person types. A full page
 * load, not a client-side navigation, because the other language has its own `<html lang>`.
 * Without JavaScript the link still opens the page, without the fragment.
 */
export function LanguageLink({ href, language, label, title }: { href: string; language: string; label: string; title: string }) {
  return (
    <a
      href={href}
      hrefLang={language}
      lang={language}
      title={title}
      className="language-link"
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        // A full page load on purpose: the other language is another <html lang> (see above).
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign(`${href}${window.location.hash}`);
      }}
    >
      {label}
    </a>
  );
}
