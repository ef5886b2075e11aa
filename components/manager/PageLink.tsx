/**
 * A link to a source's page, for http(s) addresses only: a corpus file is user input, and an
 * address such as "javascript:…" must never become a link on an extension page.
 */
export function PageLink(props: { url: string }) {
  const web = /^https?:\/\//i.test(props.url);
  if (!web) return <span class="sl-url">{props.url}</span>;
  return (
    <a href={props.url} rel="noreferrer noopener" target="_blank" class="sl-url">
      {props.url}
    </a>
  );
}
