/** People search (placeholder). */
export function PeoplePage({ query }: { readonly query: string }) {
  return <div className="kring-page" data-placeholder={query} />;
}
